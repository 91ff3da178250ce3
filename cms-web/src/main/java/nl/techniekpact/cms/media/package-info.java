/**
 * The media library: images uploaded by editors, checked by their content (magic bytes and a full
 * decode, never the file name or the client's Content-Type), resized into fixed variants
 * (thumbnail, card, hero) with their metadata stripped, stored in the database so every node serves
 * the same bytes, and served at content-addressed, immutable URLs ({@code
 * /media/<key>/<variant>.<ext>}). Content points at an image with core-model's {@code
 * ImageReference}, whose location is such a URL; see ADR 0013.
 */
package nl.techniekpact.cms.media;
