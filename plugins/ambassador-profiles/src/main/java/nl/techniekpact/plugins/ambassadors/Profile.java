package nl.techniekpact.plugins.ambassadors;

import java.util.List;
import java.util.Map;

/**
 * What a profile page or the index shows, read by the Facelets.
 *
 * @param people the ambassadors (one on a profile page)
 * @param blocks the HTML blocks partner plugins add (profile page only)
 * @param t the page's texts by key
 */
public record Profile(List<Person> people, List<String> blocks, Map<String, String> t) {

  /**
   * One ambassador.
   *
   * @param slug the slug
   * @param href the profile's address in the page's language
   * @param name the name
   * @param role "Aanjager" or "Ambassadeur"
   * @param teaser the teaser
   * @param paragraphs the profile text, a paragraph each
   * @param photo the photo's address, or {@code null}
   * @param photoAlt the photo's text alternative
   * @param goals the linked goals, as label and address
   */
  public record Person(
      String slug,
      String href,
      String name,
      String role,
      String teaser,
      List<String> paragraphs,
      String photo,
      String photoAlt,
      List<GoalLink> goals) {}

  /**
   * A goal an ambassador is linked to.
   *
   * @param label "Doel 4: …"
   * @param href the goal's page
   */
  public record GoalLink(String label, String href) {}

  /** The one ambassador of a profile page. */
  public Person person() {
    return people.get(0);
  }
}
