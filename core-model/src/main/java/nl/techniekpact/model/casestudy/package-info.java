/**
 * The case study aggregate: praktijkvoorbeelden linked to a landsdeel, goals, education levels and
 * partner organisations. Stored with {@link nl.techniekpact.model.casestudy.CaseStudyRepository},
 * whose lists load all links in a fixed number of queries.
 *
 * @since 0.1.0
 */
package nl.techniekpact.model.casestudy;
