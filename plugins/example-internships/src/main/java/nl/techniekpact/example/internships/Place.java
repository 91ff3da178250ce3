package nl.techniekpact.example.internships;

/**
 * An internship or apprenticeship place, as the API and the page show it.
 *
 * @param title what the place is
 * @param organisation who offers it
 * @param region the slug of the landsdeel it is in
 * @param level the education level it is for (MBO, HBO, …), or {@code null}
 * @param places how many places are open
 * @param applyAt where to apply (an http(s) link), or {@code null}
 */
public record Place(
    String title, String organisation, String region, String level, int places, String applyAt) {

  /** A place without a link to apply. */
  public Place(String title, String organisation, String region, String level, int places) {
    this(title, organisation, region, level, places, null);
  }
}
