package nl.techniekpact.cms.pact.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.FieldErrors;
import nl.techniekpact.cms.publishing.RemovableType;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.pact.Theme;
import nl.techniekpact.model.shared.InvalidSlugException;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.plugin.api.ContentEvent;

/**
 * Pact editions for the {@link nl.techniekpact.cms.publishing.ContentEditor}: national content with
 * plain texts; deleted softly only once it has no goals and no themes that are not deleted, and
 * purged only once it has none at all.
 */
@ApplicationScoped
public class PactType implements RemovableType<Pact, PactInput, EditedItem<PactInput>> {

  @Inject private PactRepository pacts;

  @Override
  public String key() {
    return ContentEvent.PACT;
  }

  @Override
  public Class<PactInput> inputType() {
    return PactInput.class;
  }

  @Override
  public Optional<Pact> find(String slug) {
    try {
      return slug == null ? Optional.empty() : pacts.findBySlug(Slug.of(slug));
    } catch (InvalidSlugException malformed) {
      return Optional.empty();
    }
  }

  @Override
  public String slugOf(PactInput input) {
    return input.slug();
  }

  @Override
  public String slugSourceOf(PactInput input) {
    return input.name();
  }

  @Override
  public PactInput withSlug(PactInput input, String slug) {
    return input.withSlug(slug);
  }

  @Override
  public String slugOf(Pact item) {
    return item.getSlug().getValue();
  }

  @Override
  public PactInput sanitized(PactInput input) {
    return input; // plain texts only: escaped wherever they are shown
  }

  @Override
  public Pact create(PactInput input, FieldErrors errors) {
    Pact[] created = new Pact[1];
    errors.attempt(
        "slug",
        () ->
            created[0] =
                new Pact(Slug.of(input.slug()), input.name(), null, input.description().toText()));
    if (created[0] != null) {
      apply(created[0], input, errors);
    }
    return created[0];
  }

  @Override
  public void apply(Pact item, PactInput input, FieldErrors errors) {
    errors.attempt("name", () -> item.rename(input.name()));
    errors.attempt("description", () -> item.describe(TextInput.toText(input.description())));
    item.introduceRegions(TextInput.toText(input.regionsIntroduction()));
    if (input.signedOn() == null || input.signedOn().isBlank()) {
      item.recordSigning(null);
    } else {
      try {
        item.recordSigning(LocalDate.parse(input.signedOn()));
      } catch (DateTimeParseException invalid) {
        errors.add("signedOn", "is no date: " + input.signedOn());
      }
    }
  }

  @Override
  public PactInput inputOf(Pact item) {
    return new PactInput(
        item.getSlug().getValue(),
        item.getName(),
        item.getSignedOn().map(LocalDate::toString).orElse(null),
        TextInput.of(item.getDescription()),
        TextInput.of(item.getRegionsIntroduction()));
  }

  @Override
  public Set<String> regionsOf(Pact item) {
    return Set.of(); // national content
  }

  @Override
  public void add(Pact item) {
    pacts.save(item);
  }

  @Override
  public EditedItem<PactInput> document(Pact item) {
    return new EditedItem<>(
        inputOf(item), item.getVersion(), item.getUpdatedAt(), item.getDeletedAt());
  }

  @Override
  public List<String> usedBy(Pact item, boolean alsoDeleted) {
    String slug = item.getSlug().getValue();
    Stream<Goal> goals = item.getGoals().stream();
    Stream<Theme> themes = item.getThemes().stream();
    if (alsoDeleted) {
      goals = Stream.concat(goals, item.getRemovedGoals().stream());
      themes = Stream.concat(themes, item.getRemovedThemes().stream());
    }
    return Stream.concat(
            goals.map(g -> GoalType.KEY + " " + EditionItems.name(slug, g.getNumber())),
            themes.map(t -> ThemeType.KEY + " " + EditionItems.name(slug, t.getNumber())))
        .toList();
  }

  @Override
  public void remove(Pact item) {
    pacts.delete(item);
  }
}
