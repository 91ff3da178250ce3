package nl.techniekpact.cms.pact.editing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.publishing.FieldErrors;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.Theme;

/**
 * Themes for the {@link nl.techniekpact.cms.publishing.ContentEditor}, named {@code
 * techniekpact/1}: national content with plain texts; a number already taken is a field error on
 * {@code number}, also by a deleted theme; deleted softly once no goal is grouped under the theme.
 */
@ApplicationScoped
public class ThemeType extends EditionItemType<Theme, ThemeInput> {

  /** The content type key. */
  public static final String KEY = "theme";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public Class<ThemeInput> inputType() {
    return ThemeInput.class;
  }

  @Override
  public Optional<Theme> find(String name) {
    return EditionItems.parse(name)
        .flatMap(ref -> pacts().findBySlug(ref.pact()).flatMap(p -> p.anyTheme(ref.number())));
  }

  @Override
  Pact editionOf(Theme item) {
    return item.getPact();
  }

  @Override
  int numberOf(Theme item) {
    return item.getNumber();
  }

  @Override
  public Theme create(ThemeInput input, FieldErrors errors) {
    Optional<Pact> pact = edition(input, errors);
    if (pact.isEmpty()) {
      return null;
    }
    if (reservedByDeleted(pact.get().anyTheme(input.number()), errors)) {
      return null;
    }
    Theme[] created = new Theme[1];
    errors.attempt(
        "number",
        () ->
            created[0] =
                pact.get()
                    .addTheme(
                        input.number(),
                        TextInput.toText(input.title()),
                        TextInput.toText(input.description())));
    return created[0];
  }

  @Override
  public void apply(Theme item, ThemeInput input, FieldErrors errors) {
    keepFixed(item, input, errors);
    errors.attempt("title", () -> item.retitle(TextInput.toText(input.title())));
    item.describe(TextInput.toText(input.description()));
  }

  @Override
  public ThemeInput inputOf(Theme item) {
    return new ThemeInput(
        item.getPact().getSlug().getValue(),
        item.getNumber(),
        TextInput.of(item.getTitle()),
        TextInput.of(item.getDescription()));
  }

  @Override
  public List<String> usedBy(Theme item, boolean alsoDeleted) {
    String edition = item.getPact().getSlug().getValue();
    return em()
        .createQuery(
            "select g.number from Goal g where g.theme = :theme"
                + (alsoDeleted ? "" : " and g.deletedAt is null")
                + " order by g.number",
            Integer.class)
        .setParameter("theme", item)
        .getResultList()
        .stream()
        .map(number -> GoalType.KEY + " " + EditionItems.name(edition, number))
        .toList();
  }

  @Override
  public void remove(Theme item) {
    item.getPact().removeTheme(item.getNumber());
  }
}
