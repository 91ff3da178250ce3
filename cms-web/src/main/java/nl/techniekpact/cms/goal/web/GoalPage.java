package nl.techniekpact.cms.goal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.techniekpact.cms.site.SiteLanguage;
import nl.techniekpact.cms.site.SiteRoutes;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.shared.EducationLevel;

/**
 * What a goal page {@code /doelen/{number}} shows: a goal of the current pact; the cases and
 * ambassadors linked to it come from the plugins' fragments in the goal slot. Any other number, or
 * none, is the site's 404 page.
 */
@Named("goalPage")
@RequestScoped
public class GoalPage {

  /** Goal numbers as written in the address: no sign, no leading zero, so one address per goal. */
  private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

  @Inject private PactRepository pacts;
  @Inject private HttpServletRequest request;
  @Inject private SiteLanguage language;

  private Goal goal;

  /**
   * Loads the goal of the address, or answers 404: the page's view action.
   *
   * @throws IOException when the error page cannot be sent
   */
  public void load() throws IOException {
    Optional<Goal> found =
        SiteRoutes.parameter(request, "number")
            .filter(n -> NUMBER.matcher(n).matches())
            .flatMap(
                n ->
                    pacts
                        .findCurrent()
                        .flatMap(p -> pacts.findGoal(p.getSlug(), Integer.parseInt(n))));
    if (found.isEmpty()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
      return;
    }
    goal = found.get();
  }

  public Goal getGoal() {
    return goal;
  }

  /** The goal's title in the visitor's language. */
  public String getTitle() {
    return goal == null ? "" : language.text(goal.getTitle());
  }

  /** The goal's description in the visitor's language, empty when it has none. */
  public String getDescription() {
    return goal == null ? "" : language.text(goal.getDescription());
  }

  /** The meta description: the goal's description, or its number and title when it has none. */
  public String getMetaDescription() {
    if (!getDescription().isBlank()) {
      return getDescription();
    }
    return message("goal.metaDescription", getNumber(), getTitle());
  }

  /** "Doel 9" or "Goal 9". */
  public String getLabel() {
    return message("goal.label", getNumber());
  }

  /** The page's title: "Doel 9: " and the goal's title. */
  public String getPageTitle() {
    return message("goal.pageTitle", getNumber(), getTitle());
  }

  /** The goal's number as text, the parameter of the goal slot's fragments. */
  public String getNumberText() {
    return getNumber();
  }

  private String getNumber() {
    return goal == null ? "" : Integer.toString(goal.getNumber());
  }

  private String message(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    return new MessageFormat(pattern, language.getLocale()).format(arguments);
  }

  /** The education levels the goal concerns, in the order of {@link EducationLevel}. */
  public List<EducationLevel> getEducationLevels() {
    return goal == null ? List.of() : List.copyOf(goal.getEducationLevels());
  }
}
