package nl.techniekpact.cms.casestudy.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.ContentReferences;
import nl.techniekpact.cms.publishing.EditableType;
import nl.techniekpact.cms.publishing.FieldErrors;
import nl.techniekpact.cms.publishing.ImageInput;
import nl.techniekpact.cms.publishing.RichText;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.rest.EducationLevels;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.casestudy.CaseStudyRepository;
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.organisation.OrganisationRepository;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.InvalidSlugException;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.plugin.api.ContentEvent;

/**
 * Cases for the {@link nl.techniekpact.cms.publishing.ContentEditor}: region, goals (numbers of the
 * current pact) and partners are named by slug or number and must exist; the body is rich text.
 */
@ApplicationScoped
public class CaseStudyType
    implements EditableType<CaseStudy, CaseStudyInput, ContentDocument<CaseStudyInput>> {

  @Inject private CaseStudyRepository cases;
  @Inject private ContentReferences references;
  @Inject private OrganisationRepository organisations;

  @Override
  public String key() {
    return ContentEvent.CASE_STUDY;
  }

  @Override
  public Class<CaseStudyInput> inputType() {
    return CaseStudyInput.class;
  }

  @Override
  public Optional<CaseStudy> find(String slug) {
    try {
      return slug == null ? Optional.empty() : cases.findBySlug(Slug.of(slug));
    } catch (InvalidSlugException malformed) {
      return Optional.empty();
    }
  }

  @Override
  public String slugOf(CaseStudyInput input) {
    return input.slug();
  }

  @Override
  public String slugSourceOf(CaseStudyInput input) {
    TextInput title = input.title();
    if (title == null) {
      return null;
    }
    return title.nl() == null || title.nl().isBlank() ? title.en() : title.nl();
  }

  @Override
  public CaseStudyInput withSlug(CaseStudyInput input, String slug) {
    return input.withSlug(slug);
  }

  @Override
  public String slugOf(CaseStudy item) {
    return item.getSlug().getValue();
  }

  @Override
  public CaseStudyInput sanitized(CaseStudyInput input) {
    if (input == null || input.body() == null) {
      return input;
    }
    return input.withBody(input.body().map(RichText::sanitize));
  }

  @Override
  public CaseStudy create(CaseStudyInput input, FieldErrors errors) {
    CaseStudy[] created = new CaseStudy[1];
    errors.attempt(
        "slug",
        () ->
            created[0] =
                new CaseStudy(
                    Slug.of(input.slug()), input.title().toText(), input.summary().toText()));
    if (created[0] != null) {
      apply(created[0], input, errors);
    }
    return created[0];
  }

  @Override
  public void apply(CaseStudy item, CaseStudyInput input, FieldErrors errors) {
    errors.attempt("title", () -> item.retitle(TextInput.toText(input.title())));
    errors.attempt("subtitle", () -> item.subtitle(TextInput.toText(input.subtitle())));
    errors.attempt("summary", () -> item.summarise(TextInput.toText(input.summary())));
    errors.attempt("body", () -> item.writeBody(TextInput.toText(input.body())));
    errors.attempt(
        "photo", () -> item.illustrate(input.photo() == null ? null : input.photo().toReference()));
    item.locateIn(references.region(input.region(), "region", errors).orElse(null));
    Set<EducationLevel> levels = EnumSet.noneOf(EducationLevel.class);
    for (String level : input.educationLevels()) {
      if (level == null) {
        errors.add("educationLevels", "must not contain null");
        continue;
      }
      EducationLevels.parse(level)
          .ifPresentOrElse(
              levels::add, () -> errors.add("educationLevels", "no education level " + level));
    }
    item.concern(levels);
    List<Goal> goals = references.goals(input.goals(), errors);
    List<Organisation> partners = new ArrayList<>();
    for (String partner : input.partners()) {
      if (partner == null) {
        errors.add("partners", "must not contain null");
        continue;
      }
      organisation(partner)
          .ifPresentOrElse(
              partners::add, () -> errors.add("partners", "no organisation " + partner));
    }
    if (errors.isEmpty()) {
      item.getGoals().stream().filter(g -> !goals.contains(g)).forEach(item::unlinkGoal);
      goals.forEach(item::linkGoal);
      item.getPartners().stream().filter(p -> !partners.contains(p)).forEach(item::removePartner);
      partners.forEach(item::addPartner);
    }
  }

  @Override
  public CaseStudyInput inputOf(CaseStudy item) {
    return new CaseStudyInput(
        item.getSlug().getValue(),
        TextInput.of(item.getTitle()),
        TextInput.of(item.getSubtitle()),
        TextInput.of(item.getSummary()),
        TextInput.of(item.getBody()),
        item.getRegion().map(r -> r.getSlug().getValue()).orElse(null),
        item.getGoals().stream().map(Goal::getNumber).toList(),
        EducationLevels.names(item.getEducationLevels()),
        item.getPartners().stream().map(o -> o.getSlug().getValue()).toList(),
        ImageInput.of(item.getPhoto()));
  }

  @Override
  public Set<String> regionsOf(CaseStudy item) {
    return item.getRegion().map(r -> Set.of(r.getSlug().getValue())).orElse(Set.of());
  }

  @Override
  public void add(CaseStudy item) {
    cases.save(item);
  }

  @Override
  public ContentDocument<CaseStudyInput> document(CaseStudy item) {
    return ContentDocument.of(inputOf(item), item);
  }

  private Optional<Organisation> organisation(String slug) {
    try {
      return organisations.findBySlug(Slug.of(slug)).filter(o -> !o.isDeleted());
    } catch (InvalidSlugException malformed) {
      return Optional.empty();
    }
  }
}
