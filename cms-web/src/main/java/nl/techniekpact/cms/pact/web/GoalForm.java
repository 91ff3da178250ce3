package nl.techniekpact.cms.pact.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.techniekpact.cms.pact.editing.GoalInput;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.web.ItemEditScreen;

/** The goal form's fields, as the screen binds them: a theme's, plus theme and levels. */
public class GoalForm extends EditionItemForm {

  private static final long serialVersionUID = 1L;

  private Integer theme;
  private List<String> educationLevels = new ArrayList<>();

  static GoalForm of(GoalInput input) {
    GoalForm form = new GoalForm();
    form.fill(input.pact(), input.number(), input.title(), input.description());
    form.theme = input.theme();
    form.educationLevels = new ArrayList<>(input.educationLevels());
    return form;
  }

  GoalInput toInput() {
    return new GoalInput(
        getPact(), getNumber(), title(), description(), theme, List.copyOf(educationLevels));
  }

  List<FieldChange> differencesTo(GoalInput other) {
    GoalForm them = of(other);
    String[][] own = {
      {"theme", text(theme), text(them.theme)},
      {
        "educationLevels",
        String.join(", ", educationLevels),
        String.join(", ", them.educationLevels)
      }
    };
    return ItemEditScreen.differences(
        Stream.concat(Stream.of(textDifferences(them)), Stream.of(own)).toArray(String[][]::new));
  }

  private static String text(Integer number) {
    return number == null ? null : number.toString();
  }

  public Integer getTheme() {
    return theme;
  }

  public void setTheme(Integer theme) {
    this.theme = theme;
  }

  public List<String> getEducationLevels() {
    return educationLevels;
  }

  public void setEducationLevels(List<String> educationLevels) {
    this.educationLevels = educationLevels == null ? new ArrayList<>() : educationLevels;
  }
}
