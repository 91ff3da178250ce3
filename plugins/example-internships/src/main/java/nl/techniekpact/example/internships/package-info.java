/**
 * An example Techniekpact CMS plugin: internship and apprenticeship places per landsdeel (goal 9 of
 * the pact). It shows the extension points end to end: a content type the CMS stores and editors
 * fill in ({@link nl.techniekpact.example.internships.InternshipPlaceType}), read back with {@code
 * context.items()} ({@link nl.techniekpact.example.internships.Places}); a public page ({@link
 * nl.techniekpact.example.internships.PlacesPage}); a REST endpoint ({@link
 * nl.techniekpact.example.internships.InternshipsApi}); a home-page section ({@link
 * nl.techniekpact.example.internships.InternshipsSection}); a content event listener ({@link
 * nl.techniekpact.example.internships.InternshipsListener}); and a plugin class with a start and
 * stop ({@link nl.techniekpact.example.internships.InternshipsPlugin}).
 *
 * <p>Besides the places editors publish, it shows a few sample places so a fresh installation is
 * not empty.
 */
package nl.techniekpact.example.internships;
