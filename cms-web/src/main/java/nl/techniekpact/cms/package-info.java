/**
 * The CMS host: one package per feature ({@code home}, {@code persistence}, {@code health}, {@code
 * web}, {@code rest}), each with its own layers inside.
 */
package nl.techniekpact.cms;
