/**
 * An example Techniekpact CMS plugin: internship and apprenticeship places per landsdeel (goal 9 of
 * the pact). It shows every extension point of the first plugin API: a REST endpoint ({@link
 * nl.techniekpact.example.internships.InternshipsApi}), a home-page section ({@link
 * nl.techniekpact.example.internships.InternshipsSection}), a content type ({@link
 * nl.techniekpact.example.internships.InternshipPlaceType}) and a plugin class with a start and
 * stop ({@link nl.techniekpact.example.internships.InternshipsPlugin}).
 *
 * <p>Until the host stores items of plugin content types, the places are the sample list in {@link
 * nl.techniekpact.example.internships.Places}.
 */
package nl.techniekpact.example.internships;
