package nl.techniekpact.cms.ambassador.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.ContentReferences;
import nl.techniekpact.cms.publishing.EditableType;
import nl.techniekpact.cms.publishing.FieldErrors;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.ambassador.AmbassadorRepository;
import nl.techniekpact.model.ambassador.AmbassadorRole;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.shared.InvalidSlugException;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.plugin.api.ContentEvent;

/**
 * Ambassadors for the {@link nl.techniekpact.cms.publishing.ContentEditor}: an ambassador of a
 * region is that region's content (a regional editor edits them, before and after a change), a
 * national one only national editors'; region and goals are named by slug and number and must
 * exist. Teaser and profile are plain text (the public pages escape them).
 */
@ApplicationScoped
public class AmbassadorType
    implements EditableType<Ambassador, AmbassadorInput, ContentDocument<AmbassadorInput>> {

  @Inject private AmbassadorRepository ambassadors;
  @Inject private ContentReferences references;

  @Override
  public String key() {
    return ContentEvent.AMBASSADOR;
  }

  @Override
  public Class<AmbassadorInput> inputType() {
    return AmbassadorInput.class;
  }

  @Override
  public Optional<Ambassador> find(String slug) {
    try {
      return slug == null ? Optional.empty() : ambassadors.findBySlug(Slug.of(slug));
    } catch (InvalidSlugException malformed) {
      return Optional.empty();
    }
  }

  @Override
  public String slugOf(AmbassadorInput input) {
    return input.slug();
  }

  @Override
  public String slugSourceOf(AmbassadorInput input) {
    return input.name();
  }

  @Override
  public AmbassadorInput withSlug(AmbassadorInput input, String slug) {
    return input.withSlug(slug);
  }

  @Override
  public String slugOf(Ambassador item) {
    return item.getSlug().getValue();
  }

  @Override
  public AmbassadorInput sanitized(AmbassadorInput input) {
    return input;
  }

  @Override
  public Ambassador create(AmbassadorInput input, FieldErrors errors) {
    Ambassador[] created = new Ambassador[1];
    errors.attempt(
        "slug",
        () ->
            created[0] =
                new Ambassador(
                    Slug.of(input.slug()),
                    input.name(),
                    AmbassadorRole.valueOf(input.role()),
                    input.teaser().toText()));
    if (created[0] != null) {
      apply(created[0], input, errors);
    }
    return created[0];
  }

  @Override
  public void apply(Ambassador item, AmbassadorInput input, FieldErrors errors) {
    errors.attempt("name", () -> item.rename(input.name()));
    errors.attempt("role", () -> item.assignRole(AmbassadorRole.valueOf(input.role())));
    errors.attempt("teaser", () -> item.rewriteTeaser(TextInput.toText(input.teaser())));
    errors.attempt("profile", () -> item.writeProfile(TextInput.toText(input.profile())));
    errors.attempt(
        "photo", () -> item.portray(input.photo() == null ? null : input.photo().toReference()));
    item.locateIn(references.region(input.region(), "region", errors).orElse(null));
    List<Goal> goals = references.goals(input.goals(), errors);
    if (errors.isEmpty()) {
      item.getGoals().stream().filter(g -> !goals.contains(g)).forEach(item::unlinkGoal);
      goals.forEach(item::linkGoal);
    }
  }

  @Override
  public AmbassadorInput inputOf(Ambassador item) {
    return new AmbassadorInput(
        item.getSlug().getValue(),
        item.getName(),
        item.getRole().name(),
        TextInput.of(item.getTeaser()),
        TextInput.of(item.getProfile()),
        nl.techniekpact.cms.publishing.ImageInput.of(item.getPhoto()),
        item.getGoals().stream().map(Goal::getNumber).toList(),
        item.getRegion().map(r -> r.getSlug().getValue()).orElse(null));
  }

  @Override
  public Set<String> regionsOf(Ambassador item) {
    return item.getRegion().map(r -> Set.of(r.getSlug().getValue())).orElse(Set.of());
  }

  @Override
  public void add(Ambassador item) {
    ambassadors.save(item);
  }

  @Override
  public ContentDocument<AmbassadorInput> document(Ambassador item) {
    return ContentDocument.of(inputOf(item), item);
  }
}
