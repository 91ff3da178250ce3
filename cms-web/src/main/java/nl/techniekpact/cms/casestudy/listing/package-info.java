/**
 * The in-memory listing of cases that public lists count and page with (ADR 0019): loaded in the
 * background at start, kept in step after every committed {@link
 * nl.techniekpact.cms.publishing.ContentChanged} of a case, the database answering until it is
 * ready.
 */
package nl.techniekpact.cms.casestudy.listing;
