package nl.techniekpact.example.internships;

/**
 * An internship or apprenticeship place, as the API shows it.
 *
 * @param title what the place is
 * @param organisation who offers it
 * @param region the slug of the landsdeel it is in
 * @param level the education level it is for (MBO, HBO, …)
 * @param places how many places are open
 */
public record Place(String title, String organisation, String region, String level, int places) {}
