package nl.techniekpact.cms.casestudy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.cms.backoffice.web.BackOfficeLanguage;
import nl.techniekpact.cms.publishing.ContentRights;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.model.organisation.OrganisationRepository;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.RegionRepository;
import nl.techniekpact.model.shared.EducationLevel;

/**
 * What the case form offers to choose from: published regions, the current pact's goals, the
 * education levels and the organisations. Offering is not permitting: the editing service checks
 * every choice (a regional editor saving another region's case is refused there).
 */
@Named
@RequestScoped
public class CaseChoices {

  private Map<String, String> regionNames;

  @Inject private RegionRepository regions;
  @Inject private PactRepository pacts;
  @Inject private OrganisationRepository organisations;
  @Inject private BackOfficeLanguage language;
  @Inject private Editors editors;

  /**
   * One choice.
   *
   * @param value what is stored
   * @param label what is shown
   */
  public record Choice(String value, String label) {}

  /** Published regions by name. */
  @Transactional
  public List<Choice> getRegions() {
    return regions.findPublished(Instant.now()).stream()
        .map(r -> new Choice(r.getSlug().getValue(), r.getName()))
        .sorted(Comparator.comparing(Choice::label))
        .toList();
  }

  /**
   * The regions the signed-in editor may give an item: "no region" (labelled {@code noneLabel}) and
   * every published region for national editors and administrators, only their own regions for a
   * regional editor.
   */
  public List<Choice> editableRegions(String noneLabel) {
    Optional<Editor> editor = editors.current();
    if (editor.isPresent() && ContentRights.mayEditAll(editor.get())) {
      List<Choice> all = new ArrayList<>();
      all.add(new Choice("", noneLabel));
      all.addAll(getRegions());
      return all;
    }
    Set<String> own = editor.map(Editor::regions).orElse(Set.of());
    return getRegions().stream().filter(choice -> own.contains(choice.value())).toList();
  }

  /** A region's name by its slug (read once per request), or the slug for an unpublished one. */
  public String regionName(String slug) {
    if (regionNames == null) {
      regionNames = new HashMap<>();
      getRegions().forEach(choice -> regionNames.put(choice.value(), choice.label()));
    }
    return regionNames.getOrDefault(slug, slug);
  }

  /** The current pact's goals by number. */
  @Transactional
  public List<Choice> getGoals() {
    Locale locale = language.getLocale();
    return pacts
        .findCurrent()
        .map(
            p ->
                p.getGoals().stream()
                    .map(
                        g ->
                            new Choice(
                                Integer.toString(g.getNumber()),
                                g.getNumber() + ". " + g.getTitle().in(locale)))
                    .toList())
        .orElse(List.of());
  }

  /** The education levels. */
  public List<String> getEducationLevels() {
    return Arrays.stream(EducationLevel.values()).map(Enum::name).toList();
  }

  /** Organisations by name. */
  @Transactional
  public List<Choice> getOrganisations() {
    return organisations.findAll().stream()
        .map(o -> new Choice(o.getSlug().getValue(), o.getName()))
        .sorted(Comparator.comparing(Choice::label))
        .toList();
  }
}
