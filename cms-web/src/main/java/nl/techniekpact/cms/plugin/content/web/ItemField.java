package nl.techniekpact.cms.plugin.content.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.plugin.api.FieldDefinition;
import nl.techniekpact.plugin.api.FieldType;

/**
 * One field of a plugin item's form, built from its {@link FieldDefinition}: the label in the
 * editor's language and the value as the form's components hold it (texts in {@code nl} and {@code
 * en}, a date, a yes/no; numbers, links, regions and goals as text in {@code nl}).
 */
public class ItemField implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final String label;
  private final String type;
  private final boolean required;
  private final int maxLength;
  private String nl;
  private String en;
  private LocalDate date;
  private boolean flag;

  ItemField(FieldDefinition field, Locale locale) {
    this.key = field.key();
    this.label = field.label(locale);
    this.type = field.type().name();
    this.required = field.required();
    this.maxLength = field.effectiveMaxLength();
  }

  private ItemField(ItemField form) {
    this.key = form.key;
    this.label = form.label;
    this.type = form.type;
    this.required = form.required;
    this.maxLength = form.maxLength;
  }

  /** The same field showing another value (such as another editor's), for comparison. */
  ItemField showing(Object value) {
    ItemField other = new ItemField(this);
    other.show(value);
    return other;
  }

  /**
   * The field as rows of a comparison: label and value as text; texts have a second row for English
   * ({@code englishLabel} after the label).
   */
  List<String[]> rows(String englishLabel, String yes, String no) {
    return switch (FieldType.valueOf(type)) {
      case TEXT, RICH_TEXT ->
          List.of(new String[] {label, nl}, new String[] {label + " (" + englishLabel + ")", en});
      case DATE -> List.<String[]>of(new String[] {label, date == null ? null : date.toString()});
      case BOOLEAN -> List.<String[]>of(new String[] {label, flag ? yes : no});
      default -> List.<String[]>of(new String[] {label, nl});
    };
  }

  /** Fills the form field from a stored (editable) value. */
  @SuppressWarnings("unchecked")
  void show(Object value) {
    if (value == null) {
      return;
    }
    switch (FieldType.valueOf(type)) {
      case TEXT, RICH_TEXT -> {
        if (value instanceof Map<?, ?> texts) {
          nl = (String) ((Map<String, Object>) texts).get("nl");
          en = (String) ((Map<String, Object>) texts).get("en");
        } else {
          nl = value.toString();
        }
      }
      case DATE -> date = LocalDate.parse(value.toString());
      case BOOLEAN -> flag = Boolean.TRUE.equals(value);
      default -> nl = value.toString();
    }
  }

  /** The value for the editing service, or {@code null} when empty. */
  Object value() {
    return switch (FieldType.valueOf(type)) {
      case TEXT, RICH_TEXT -> {
        Map<String, Object> texts = new LinkedHashMap<>();
        if (nl != null && !nl.isBlank()) {
          texts.put("nl", nl);
        }
        if (en != null && !en.isBlank()) {
          texts.put("en", en);
        }
        yield texts.isEmpty() ? null : texts;
      }
      case DATE -> date;
      case BOOLEAN -> flag;
      default -> nl == null || nl.isBlank() ? null : nl.strip();
    };
  }

  public String getKey() {
    return key;
  }

  public String getLabel() {
    return label;
  }

  /** TEXT, RICH_TEXT, NUMBER, DATE, BOOLEAN, URL, REGION or GOAL. */
  public String getType() {
    return type;
  }

  public boolean isRequired() {
    return required;
  }

  /** The longest text accepted; 0 when not a text. */
  public int getMaxLength() {
    return maxLength;
  }

  public String getNl() {
    return nl;
  }

  public void setNl(String nl) {
    this.nl = nl;
  }

  public String getEn() {
    return en;
  }

  public void setEn(String en) {
    this.en = en;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public boolean isFlag() {
    return flag;
  }

  public void setFlag(boolean flag) {
    this.flag = flag;
  }
}
