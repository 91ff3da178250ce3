package nl.techniekpact.cms.pact.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.techniekpact.cms.publishing.ContentEditor;
import nl.techniekpact.cms.publishing.ContentRights;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.ItemEditing;
import nl.techniekpact.cms.publishing.Transactions;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.pact.Theme;

/**
 * Editing pact editions, their goals and their themes: the one service the back office and the API
 * both call, with the rules of {@link ContentEditor} (only administrators and national editors;
 * validation per field, duplicate numbers refused on {@code number}; versions; revisions; audit;
 * ContentChanged after commit). Goals and themes are named {@code techniekpact/4} ({@link #name}).
 * Nothing here has drafts; a delete is soft (restore brings the item back) and refused (409) while
 * something that is not deleted refers to the item; an administrator may purge a deleted one.
 *
 * <pre>{@code
 * String goal = PactEditing.name("techniekpact", 4);
 * EditedItem<GoalInput> current = pactEditing.goals().read(me, goal);
 * pactEditing.goals().update(me, goal, current.version(), changed);
 * }</pre>
 */
@ApplicationScoped
public class PactEditing {

  @Inject private ContentEditor editor;
  @Inject private PactType pactType;
  @Inject private GoalType goalType;
  @Inject private ThemeType themeType;
  @Inject private PactRepository pacts;
  @Inject private Transactions transactions;

  /** The name of goal or theme {@code number} of an edition: {@code techniekpact/4}. */
  public static String name(String pact, int number) {
    return EditionItems.name(pact, number);
  }

  /** Pact editions. */
  public ItemEditing<Pact, PactInput, EditedItem<PactInput>> editions() {
    return new ItemEditing<>(editor, pactType);
  }

  /** Goals, named {@code pact/number}. */
  public ItemEditing<Goal, GoalInput, EditedItem<GoalInput>> goals() {
    return new ItemEditing<>(editor, goalType);
  }

  /** Themes, named {@code pact/number}. */
  public ItemEditing<Theme, ThemeInput, EditedItem<ThemeInput>> themes() {
    return new ItemEditing<>(editor, themeType);
  }

  /**
   * An edition with its goals and themes, as the back office lists them.
   *
   * @param pact the edition
   * @param goals its goals by number
   * @param themes its themes by number
   */
  public record Edition(
      EditedItem<PactInput> pact,
      List<EditedItem<GoalInput>> goals,
      List<EditedItem<ThemeInput>> themes) {}

  /**
   * What is softly deleted, for the back office to restore: editions, and the goals and themes of
   * every edition (a deleted edition's included).
   *
   * @param editions deleted editions, most recently deleted first
   * @param goals deleted goals, by edition and number
   * @param themes deleted themes, by edition and number
   */
  public record Deleted(
      List<EditedItem<PactInput>> editions,
      List<EditedItem<GoalInput>> goals,
      List<EditedItem<ThemeInput>> themes) {}

  /** Everything of the pact that is softly deleted, for an editor of it. */
  public Deleted deleted(Editor who) {
    ContentRights.requireMayEdit(who, Set.of(), Set.of());
    return transactions.inNewTransaction(
        () -> {
          List<Pact> all = new ArrayList<>(pacts.findAll());
          all.addAll(pacts.findRemoved());
          all.sort(Comparator.comparing(p -> p.getSlug().getValue()));
          return new Deleted(
              pacts.findRemoved().stream().map(pactType::document).toList(),
              all.stream()
                  .flatMap(p -> p.getRemovedGoals().stream())
                  .map(goalType::document)
                  .toList(),
              all.stream()
                  .flatMap(p -> p.getRemovedThemes().stream())
                  .map(themeType::document)
                  .toList());
        });
  }

  /**
   * Every edition that is not deleted (oldest signing first) with its goals and themes that are
   * not, for an editor of them.
   */
  public List<Edition> overview(Editor who) {
    ContentRights.requireMayEdit(who, Set.of(), Set.of());
    return transactions.inNewTransaction(
        () ->
            pacts.findAll().stream()
                .map(
                    p ->
                        new Edition(
                            pactType.document(p),
                            p.getGoals().stream().map(goalType::document).toList(),
                            p.getThemes().stream().map(themeType::document).toList()))
                .toList());
  }
}
