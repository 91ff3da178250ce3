package nl.techniekpact.cms.rest;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.techniekpact.cms.publishing.TextInput;

/**
 * The {@code lang} parameter of the read API: the language a client wants the content in, {@code
 * nl} or {@code en}. Without it every text comes in both languages ({@code {"nl": …, "en": …}});
 * with it each text comes in that one language, English falling back to Dutch where not translated,
 * and the member present says which ({@code {"en": "Goals"}} or {@code {"nl": "Doelen"}}); the
 * response has {@code Content-Language}. It selects the representation, never which items are
 * listed: untranslated items are not left out.
 *
 * <pre>{@code
 * Optional<ApiLanguage> language = ApiLanguage.read(check, langText);
 * check.done();
 * return ApiLanguage.represent(views, language);
 * }</pre>
 */
public enum ApiLanguage {
  NL,
  EN;

  /** The query parameter's name. */
  public static final String PARAMETER = "lang";

  /** The parameter's description in the OpenAPI document. */
  public static final String DESCRIPTION =
      "Language of the texts: nl or en (English where translated, Dutch otherwise). Without it"
          + " every text comes in both languages; with it each text has only the member of the"
          + " language given (en, or nl where not translated). Never leaves items out.";

  /** The language code, {@code nl} or {@code en}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code lang}, refusing anything but {@code nl} and {@code en} through the check. */
  public static Optional<ApiLanguage> read(ParameterCheck check, String text) {
    return check.known(PARAMETER, text, ApiLanguage::parse);
  }

  /**
   * Reads {@code lang} as the only parameter of a request.
   *
   * @throws nl.techniekpact.cms.web.InvalidParametersException when it is neither nl nor en
   */
  public static Optional<ApiLanguage> read(String text) {
    ParameterCheck check = new ParameterCheck();
    Optional<ApiLanguage> language = read(check, text);
    check.done();
    return language;
  }

  /**
   * A view (a record, a list of them, a page) with every {@link TextView} (and every {@link
   * TextInput} of an editor's view) in it reduced to one language; unchanged without a language.
   */
  public static <T> T represent(T view, Optional<ApiLanguage> language) {
    return language.map(l -> l.represent(view)).orElse(view);
  }

  /** A view with every {@link TextView} in it reduced to this language. */
  @SuppressWarnings("unchecked")
  public <T> T represent(T view) {
    return (T) rewrite(view);
  }

  private Object rewrite(Object value) {
    if (value instanceof TextView text) {
      return text.in(this);
    }
    if (value instanceof TextInput input) {
      // an editor's view ({@code …/editable}) holds texts as editors send them
      return this == EN && input.en() != null && !input.en().isBlank()
          ? new TextInput(null, input.en())
          : new TextInput(input.nl(), null);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(this::rewrite).toList();
    }
    if (value instanceof Record record) {
      return rewriteRecord(record);
    }
    return value;
  }

  private Object rewriteRecord(Record record) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = rewrite(components[i].getAccessor().invoke(record));
      }
      return record.getClass().getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot represent " + record.getClass() + " in " + this, e);
    }
  }

  private static Optional<ApiLanguage> parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "nl" -> Optional.of(NL);
      case "en" -> Optional.of(EN);
      default -> Optional.empty();
    };
  }
}
