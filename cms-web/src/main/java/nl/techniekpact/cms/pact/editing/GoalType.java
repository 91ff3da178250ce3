package nl.techniekpact.cms.pact.editing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.techniekpact.cms.publishing.FieldErrors;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.rest.EducationLevels;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.plugin.api.ContentEvent;

/**
 * Goals for the {@link nl.techniekpact.cms.publishing.ContentEditor}, named {@code techniekpact/4}:
 * national content with plain texts. A number already taken in the edition is a field error on
 * {@code number} (the domain's {@code DuplicateGoalNumberException}); the number and edition are
 * fixed once created; a deleted goal keeps its number. Deleted softly once no case and no
 * ambassador that is not deleted itself links to the goal.
 */
@ApplicationScoped
public class GoalType extends EditionItemType<Goal, GoalInput> {

  /** The content type key. */
  public static final String KEY = "goal";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public Class<GoalInput> inputType() {
    return GoalInput.class;
  }

  @Override
  public Optional<Goal> find(String name) {
    return EditionItems.parse(name)
        .flatMap(ref -> pacts().findBySlug(ref.pact()).flatMap(p -> p.anyGoal(ref.number())));
  }

  @Override
  Pact editionOf(Goal item) {
    return item.getPact();
  }

  @Override
  int numberOf(Goal item) {
    return item.getNumber();
  }

  @Override
  public Goal create(GoalInput input, FieldErrors errors) {
    Optional<Pact> pact = edition(input, errors);
    if (pact.isEmpty()) {
      return null;
    }
    if (reservedByDeleted(pact.get().anyGoal(input.number()), errors)) {
      return null;
    }
    Goal[] created = new Goal[1];
    errors.attempt(
        "number",
        () ->
            created[0] =
                pact.get()
                    .addGoal(
                        input.number(),
                        TextInput.toText(input.title()),
                        TextInput.toText(input.description()),
                        Set.of()));
    if (created[0] != null) {
      apply(created[0], input, errors);
    }
    return created[0];
  }

  @Override
  public void apply(Goal item, GoalInput input, FieldErrors errors) {
    keepFixed(item, input, errors);
    String edition = item.getPact().getSlug().getValue();
    errors.attempt("title", () -> item.retitle(TextInput.toText(input.title())));
    item.describe(TextInput.toText(input.description()));
    item.concern(levels(input, errors));
    if (input.theme() == null) {
      item.groupUnder(null);
    } else {
      item.getPact()
          .theme(input.theme())
          .ifPresentOrElse(
              theme -> errors.attempt("theme", () -> item.groupUnder(theme)),
              () -> errors.add("theme", "no theme " + input.theme() + " in " + edition));
    }
  }

  private static Set<EducationLevel> levels(GoalInput input, FieldErrors errors) {
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
    return levels;
  }

  @Override
  public GoalInput inputOf(Goal item) {
    return new GoalInput(
        item.getPact().getSlug().getValue(),
        item.getNumber(),
        TextInput.of(item.getTitle()),
        TextInput.of(item.getDescription()),
        item.getTheme().map(t -> t.getNumber()).orElse(null),
        EducationLevels.names(item.getEducationLevels()));
  }

  @Override
  public List<String> usedBy(Goal item, boolean alsoDeleted) {
    String visible = alsoDeleted ? "" : " and c.deletedAt is null";
    List<String> cases =
        em().createQuery(
                "select c.slug.value from CaseStudy c join c.goals g where g = :goal"
                    + visible
                    + " order by c.slug.value",
                String.class)
            .setParameter("goal", item)
            .getResultList();
    List<String> ambassadors =
        em().createQuery(
                "select c.slug.value from Ambassador c join c.goals g where g = :goal"
                    + visible
                    + " order by c.slug.value",
                String.class)
            .setParameter("goal", item)
            .getResultList();
    return Stream.concat(
            cases.stream().map(slug -> ContentEvent.CASE_STUDY + " " + slug),
            ambassadors.stream().map(slug -> ContentEvent.AMBASSADOR + " " + slug))
        .toList();
  }

  @Override
  public void remove(Goal item) {
    item.getPact().removeGoal(item.getNumber());
    em().remove(item);
  }
}
