/**
 * Editing cases: {@link nl.techniekpact.cms.casestudy.editing.CaseStudyEditing}, the service the
 * back office and the API call, with its input and document records.
 */
package nl.techniekpact.cms.casestudy.editing;
