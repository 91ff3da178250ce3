package nl.techniekpact.cms.home.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.techniekpact.cms.pagecache.PublicParts;
import nl.techniekpact.cms.plugin.web.PluginRouteTable;
import nl.techniekpact.cms.site.SiteLanguage;
import nl.techniekpact.cms.web.ErrorMessages;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;

/**
 * What the host's part of the home page shows: the introduction, the landsdelen and the goals, in
 * the visitor's language. It is read through core-model's repositories and kept as a public page
 * part ({@link PublicParts}, ADR 0024) until content or the running plugins change, so most
 * requests read nothing. The aanjager and ambassadors and the cases are the plugins' fragments in
 * the home slot.
 *
 * <p>Application scoped: a render looks its content up once and keeps it in the Faces context's
 * attributes, so no bean is created (with its injections) for every request.
 */
@Named("home")
@ApplicationScoped
public class HomePage {

  @Inject private PactRepository pacts;
  @Inject private RegionRepository regions;
  @Inject private PluginRouteTable routes;
  @Inject private SiteLanguage language;
  @Inject private PublicParts parts;

  /** The Faces context attribute holding the content of the render. */
  private static final String CONTENT = HomePage.class.getName() + ".content";

  /**
   * A landsdeel as the home page shows it.
   *
   * @param name its name
   * @param href the address of its page in the page's language
   * @param linked whether a running plugin serves that page (otherwise the name is not a link)
   * @param ambitions its ambitions in the page's language, empty when none
   */
  public record RegionCard(String name, String href, boolean linked, String ambitions) {}

  /**
   * A goal as the home page shows it.
   *
   * @param number its number
   * @param title its title in the page's language
   * @param href the address of its page in the page's language
   * @param label its label ("Doel 3")
   * @param more what its "more" link says besides "meer", for screen readers ("over doel 3")
   */
  public record GoalCard(int number, String title, String href, String label, String more) {}

  /**
   * Everything the host's part of the home page shows in one language; immutable, shared by
   * requests.
   */
  record Content(
      String introduction,
      String regionsIntroduction,
      String goalsHeading,
      boolean regionIndexLinked,
      String regionIndexHref,
      String goalsHref,
      List<RegionCard> regions,
      List<GoalCard> goals) {}

  /** What the home page's content depends on: the language and the links' context path. */
  record Key(Locale locale, String contextPath) {}

  /** The content of the render in progress, looked up once per render. */
  private Content content() {
    Map<Object, Object> attributes = FacesContext.getCurrentInstance().getAttributes();
    if (attributes.get(CONTENT) instanceof Content kept) {
      return kept;
    }
    Locale locale = language.getLocale();
    Content content = parts.get(new Key(locale, language.href("")), () -> read(locale));
    attributes.put(CONTENT, content);
    return content;
  }

  private Content read(Locale locale) {
    ResourceBundle messages =
        ResourceBundle.getBundle(
            ErrorMessages.BUNDLE, locale, Thread.currentThread().getContextClassLoader());
    Instant now = Instant.now();
    Optional<Pact> pact = pacts.findCurrent();
    List<Goal> goals = pact.map(p -> pacts.findGoals(p.getSlug())).orElse(List.of());
    List<RegionCard> regionCards =
        regions.findPublished(now).stream().map(region -> card(region, locale)).toList();
    return new Content(
        pact.map(p -> text(p.getDescription(), locale)).orElse(""),
        pact.map(p -> text(p.getRegionsIntroduction(), locale)).orElse(""),
        format(messages, "home.goals", locale, goals.size()),
        routes.serves("/regio"),
        language.href("/regio"),
        language.href("/doelen"),
        regionCards,
        goals.stream()
            .map(
                goal ->
                    new GoalCard(
                        goal.getNumber(),
                        text(goal.getTitle(), locale),
                        language.href("/doelen/" + goal.getNumber()),
                        format(messages, "home.goal", locale, goal.getNumber()),
                        format(messages, "home.moreAboutGoal", locale, goal.getNumber())))
            .toList());
  }

  /** A message with one parameter, as {@code h:outputFormat} formats it. */
  private static String format(ResourceBundle messages, String key, Locale locale, int value) {
    return new MessageFormat(messages.getString(key), locale).format(new Object[] {value});
  }

  private RegionCard card(Region region, Locale locale) {
    String path = "/regio/" + region.getSlug();
    return new RegionCard(
        region.getName(),
        language.href(path),
        routes.serves(path),
        text(region.getAmbitions(), locale));
  }

  private static String text(nl.techniekpact.model.shared.LocalizedText text, Locale locale) {
    return text == null ? "" : text.in(locale);
  }

  public String getIntroduction() {
    return content().introduction();
  }

  /** The goals' heading ("De 12 doelen van het Techniekpact"). */
  public String getGoalsHeading() {
    return content().goalsHeading();
  }

  public String getRegionsIntroduction() {
    return content().regionsIntroduction();
  }

  /** Whether a running plugin serves the page of all landsdelen. */
  public boolean isRegionIndexLinked() {
    return content().regionIndexLinked();
  }

  /** The address of the page of all landsdelen in the page's language. */
  public String getRegionIndexHref() {
    return content().regionIndexHref();
  }

  /** The address of the page of all goals in the page's language. */
  public String getGoalsHref() {
    return content().goalsHref();
  }

  public List<GoalCard> getGoals() {
    return content().goals();
  }

  public List<RegionCard> getRegions() {
    return content().regions();
  }
}
