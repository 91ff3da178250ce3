package nl.techniekpact.model.catalogue;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.techniekpact.model.ambassador.AmbassadorRole;
import nl.techniekpact.model.organisation.OrganisationKind;
import nl.techniekpact.model.region.Contact;
import nl.techniekpact.model.region.Province;
import nl.techniekpact.model.shared.DomainException;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.ImageReference;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.PublicationState;
import nl.techniekpact.model.shared.PublicationStatus;
import nl.techniekpact.model.shared.Slug;

/**
 * Reads and writes a {@link Catalogue} as JSON (format {@value #FORMAT}) with JSON-P, so that every
 * error can name its path.
 *
 * <pre>{@code
 * Catalogue catalogue = CatalogueJson.read(Files.newInputStream(Path.of("catalogue.json")));
 * CatalogueJson.write(catalogue, System.out);
 * String json = CatalogueJson.toJson(Catalogue.seed());
 * }</pre>
 *
 * <p>The shape, with every optional field shown:
 *
 * <pre>{@code
 * {
 *   "format": "techniekpact-catalogue/1",
 *   "pacts": [{"slug": "techniekpact", "name": "Techniekpact", "signedOn": "2013-05-13",
 *              "description": "...", "regionsIntroduction": "...",
 *              "themes": [{"number": 1, "title": "...", "description": "..."}],
 *              "goals": [{"number": 1, "title": {"nl": "...", "en": "..."},
 *                         "description": "...", "educationLevels": ["PO"], "theme": 1}]}],
 *   "regions": [{"slug": "noord-nederland", "name": "Noord-Nederland",
 *                "provinces": ["Groningen", "Friesland", "Drenthe"], "ambitions": "...",
 *                "contact": {"name": "...", "email": "...", "phone": "..."},
 *                "needsConfirmation": true, "publication": "PUBLISHED"}],
 *   "organisations": [{"slug": "...", "name": "...", "kind": "ONDERWIJS",
 *                      "region": "noord-nederland", "website": "https://..."}],
 *   "ambassadors": [{"slug": "...", "name": "...", "role": "AMBASSADEUR", "teaser": "...",
 *                    "profile": "...", "photo": {"location": "...", "altText": "..."},
 *                    "goals": ["techniekpact/4"], "region": "noord-nederland",
 *                    "publication": "PUBLISHED"}],
 *   "cases": [{"slug": "...", "title": "...", "subtitle": "...", "summary": "...", "body": "...",
 *              "region": "...", "goals": ["techniekpact/8"], "educationLevels": ["MBO"],
 *              "partners": ["friesland-college"], "photo": {...},
 *              "publication": {"status": "SCHEDULED", "at": "2026-01-05T08:00:00Z",
 *                              "until": "2026-06-30T22:00:00Z"}}]
 * }
 * }</pre>
 *
 * <p>A text is either a string (Dutch only) or {@code {"nl": ..., "en": ...}}; a publication either
 * a status or {@code {"status": ..., "at": ..., "until": ...}} ({@code until}, the end of a
 * published or scheduled publication, since 0.5.0), and {@code DRAFT} when left out. Fields
 * starting with {@code _} are comments and ignored; any other unknown field is an error. Malformed
 * JSON throws {@link CatalogueFormatException} with line and column; anything else wrong throws
 * {@link CatalogueValidationException} listing every problem with its path, such as {@code
 * cases[3].region: unknown region "oost-brabant"}.
 *
 * <p>Needs a JSON-P implementation at run time (Parsson; a Jakarta EE server has one).
 *
 * @since 0.1.0
 */
public final class CatalogueJson {

  /** The format name written to and expected in the {@code format} field. */
  public static final String FORMAT = "techniekpact-catalogue/1";

  private CatalogueJson() {}

  /**
   * Reads a catalogue from UTF-8 JSON. The stream is read to its end and not closed.
   *
   * @param in the JSON
   * @return the catalogue
   * @throws CatalogueFormatException when the JSON is malformed
   * @throws CatalogueValidationException when the content is wrong
   */
  public static Catalogue read(InputStream in) {
    try {
      return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a catalogue from a JSON text.
   *
   * @param json the JSON
   * @return the catalogue
   * @throws CatalogueFormatException when the JSON is malformed
   * @throws CatalogueValidationException when the content is wrong
   */
  public static Catalogue fromJson(String json) {
    JsonValue root;
    try (JsonReader reader = provider().createReader(new StringReader(json))) {
      root = reader.readValue();
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      throw new CatalogueFormatException(
          at == null ? -1 : at.getLineNumber(),
          at == null ? -1 : at.getColumnNumber(),
          e.getMessage(),
          e);
    } catch (JsonException e) {
      throw new CatalogueFormatException(-1, -1, e.getMessage(), e);
    }
    return new Parser().catalogue(root);
  }

  /**
   * Writes a catalogue as pretty-printed UTF-8 JSON. The stream is flushed, not closed.
   *
   * @param catalogue the catalogue
   * @param out where to write
   */
  public static void write(Catalogue catalogue, OutputStream out) {
    try {
      out.write(toJson(catalogue).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a catalogue as a pretty-printed JSON text.
   *
   * @param catalogue the catalogue
   * @return the JSON
   */
  public static String toJson(Catalogue catalogue) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer =
        provider()
            .createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createWriter(out)) {
      writer.writeObject(new Writer().catalogue(catalogue));
    }
    return out.toString().strip() + "\n";
  }

  private static JsonProvider provider() {
    return ProviderHolder.INSTANCE;
  }

  private static final class ProviderHolder {
    static final JsonProvider INSTANCE = load();

    private static JsonProvider load() {
      try {
        return JsonProvider.provider();
      } catch (JsonException e) {
        throw new IllegalStateException(
            "no JSON-P implementation found: add org.eclipse.parsson:parsson at run time", e);
      }
    }
  }

  /** JSON to catalogue, collecting every problem with its path. */
  private static final class Parser {

    private final List<CatalogueProblem> problems = new ArrayList<>();

    Catalogue catalogue(JsonValue root) {
      JsonObject o = object(root, "");
      if (o == null) {
        throw new CatalogueValidationException(problems);
      }
      allowOnly(o, "", "format", "pacts", "regions", "organisations", "ambassadors", "cases");
      String format = string(o, "", "format", true);
      if (format != null && !FORMAT.equals(format)) {
        problem("format", "unsupported format " + quote(format) + ", expected " + quote(FORMAT));
      }
      List<PactEntry> pacts = list(o, "", "pacts", this::pact);
      List<RegionEntry> regions = list(o, "", "regions", this::region);
      List<OrganisationEntry> organisations = list(o, "", "organisations", this::organisation);
      List<AmbassadorEntry> ambassadors = list(o, "", "ambassadors", this::ambassador);
      List<CaseStudyEntry> cases = list(o, "", "cases", this::caseStudy);
      if (!problems.isEmpty()) {
        throw new CatalogueValidationException(problems);
      }
      return new Catalogue(pacts, regions, organisations, ambassadors, cases);
    }

    private PactEntry pact(JsonObject o, String path) {
      allowOnly(
          o,
          path,
          "slug",
          "name",
          "signedOn",
          "description",
          "regionsIntroduction",
          "themes",
          "goals");
      return new PactEntry(
          slug(o, path, "slug", true),
          string(o, path, "name", true),
          parse(o, path, "signedOn", false, LocalDate::parse),
          text(o, path, "description", true),
          text(o, path, "regionsIntroduction", false),
          list(o, path, "themes", this::theme),
          list(o, path, "goals", this::goal));
    }

    private ThemeEntry theme(JsonObject o, String path) {
      allowOnly(o, path, "number", "title", "description");
      Integer number = integer(o, path, "number", true);
      return new ThemeEntry(
          number == null ? 0 : number,
          text(o, path, "title", true),
          text(o, path, "description", false));
    }

    private GoalEntry goal(JsonObject o, String path) {
      allowOnly(o, path, "number", "title", "description", "educationLevels", "theme");
      Integer number = integer(o, path, "number", true);
      return new GoalEntry(
          number == null ? 0 : number,
          text(o, path, "title", true),
          text(o, path, "description", false),
          levels(o, path),
          integer(o, path, "theme", false));
    }

    private RegionEntry region(JsonObject o, String path) {
      allowOnly(
          o,
          path,
          "slug",
          "name",
          "provinces",
          "ambitions",
          "contact",
          "needsConfirmation",
          "publication");
      Boolean confirm = bool(o, path, "needsConfirmation");
      return new RegionEntry(
          slug(o, path, "slug", true),
          string(o, path, "name", true),
          strings(o, path, "provinces", Province::parse),
          text(o, path, "ambitions", false),
          contact(o, path),
          confirm != null && confirm,
          publication(o, path));
    }

    private OrganisationEntry organisation(JsonObject o, String path) {
      allowOnly(o, path, "slug", "name", "kind", "region", "website");
      return new OrganisationEntry(
          slug(o, path, "slug", true),
          string(o, path, "name", true),
          constant(o, path, "kind", OrganisationKind.class, true),
          slug(o, path, "region", false),
          string(o, path, "website", false));
    }

    private AmbassadorEntry ambassador(JsonObject o, String path) {
      allowOnly(
          o,
          path,
          "slug",
          "name",
          "role",
          "teaser",
          "profile",
          "photo",
          "goals",
          "region",
          "publication");
      return new AmbassadorEntry(
          slug(o, path, "slug", true),
          string(o, path, "name", true),
          constant(o, path, "role", AmbassadorRole.class, true),
          text(o, path, "teaser", true),
          text(o, path, "profile", false),
          image(o, path),
          new LinkedHashSet<>(strings(o, path, "goals", GoalReference::parse)),
          publication(o, path),
          slug(o, path, "region", false));
    }

    private CaseStudyEntry caseStudy(JsonObject o, String path) {
      allowOnly(
          o,
          path,
          "slug",
          "title",
          "subtitle",
          "summary",
          "body",
          "region",
          "goals",
          "educationLevels",
          "partners",
          "photo",
          "publication");
      return new CaseStudyEntry(
          slug(o, path, "slug", true),
          text(o, path, "title", true),
          text(o, path, "subtitle", false),
          text(o, path, "summary", true),
          text(o, path, "body", false),
          slug(o, path, "region", false),
          new LinkedHashSet<>(strings(o, path, "goals", GoalReference::parse)),
          levels(o, path),
          new LinkedHashSet<>(strings(o, path, "partners", Slug::of)),
          image(o, path),
          publication(o, path));
    }

    // --- building blocks: each returns null (or empty) after recording a problem ---

    private interface EntryReader<T> {
      T read(JsonObject o, String path);
    }

    private <T> List<T> list(JsonObject o, String path, String key, EntryReader<T> reader) {
      List<T> result = new ArrayList<>();
      JsonArray array = array(o, path, key);
      for (int i = 0; i < array.size(); i++) {
        String itemPath = child(path, key) + "[" + i + "]";
        JsonObject item = object(array.get(i), itemPath);
        if (item == null) {
          continue;
        }
        int before = problems.size();
        try {
          T entry = reader.read(item, itemPath);
          if (problems.size() == before) {
            result.add(entry);
          }
        } catch (DomainException e) {
          if (problems.size() == before) {
            problem(child(itemPath, e.getField()), e.getMessage());
          }
        }
      }
      return result;
    }

    private JsonObject object(JsonValue value, String path) {
      if (value instanceof JsonObject o) {
        return o;
      }
      problem(path.isEmpty() ? "$" : path, "expected an object, got " + describe(value));
      return null;
    }

    private JsonArray array(JsonObject o, String path, String key) {
      JsonValue v = present(o, key);
      if (v == null) {
        return JsonValue.EMPTY_JSON_ARRAY;
      }
      if (v instanceof JsonArray a) {
        return a;
      }
      problem(child(path, key), "expected a list, got " + describe(v));
      return JsonValue.EMPTY_JSON_ARRAY;
    }

    private void allowOnly(JsonObject o, String path, String... keys) {
      Set<String> allowed = Set.of(keys);
      for (String key : o.keySet()) {
        if (!key.startsWith("_") && !allowed.contains(key)) {
          problem(
              child(path, key),
              "unknown field "
                  + quote(key)
                  + "; expected "
                  + String.join(", ", keys)
                  + " (or a comment starting with _)");
        }
      }
    }

    private JsonValue present(JsonObject o, String key) {
      JsonValue v = o.get(key);
      return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
    }

    private String string(JsonObject o, String path, String key, boolean required) {
      JsonValue v = present(o, key);
      if (v == null) {
        if (required) {
          problem(child(path, key), key + " is required but is missing");
        }
        return null;
      }
      if (v instanceof JsonString s) {
        return s.getString();
      }
      problem(child(path, key), "expected a text, got " + describe(v));
      return null;
    }

    private Integer integer(JsonObject o, String path, String key, boolean required) {
      JsonValue v = present(o, key);
      if (v == null) {
        if (required) {
          problem(child(path, key), key + " is required but is missing");
        }
        return null;
      }
      if (v instanceof JsonNumber n && n.isIntegral()) {
        try {
          return n.intValueExact();
        } catch (ArithmeticException e) {
          // reported below
        }
      }
      problem(child(path, key), "expected a whole number, got " + describe(v));
      return null;
    }

    private Boolean bool(JsonObject o, String path, String key) {
      JsonValue v = present(o, key);
      if (v == null) {
        return null;
      }
      if (v.getValueType() == JsonValue.ValueType.TRUE) {
        return true;
      }
      if (v.getValueType() == JsonValue.ValueType.FALSE) {
        return false;
      }
      problem(child(path, key), "expected true or false, got " + describe(v));
      return null;
    }

    private <T> T parse(
        JsonObject o, String path, String key, boolean required, Function<String, T> parser) {
      String raw = string(o, path, key, required);
      return raw == null ? null : convert(child(path, key), raw, parser);
    }

    private <T> T convert(String path, String raw, Function<String, T> parser) {
      try {
        return parser.apply(raw);
      } catch (DomainException e) {
        problem(path, e.getMessage());
      } catch (DateTimeParseException e) {
        problem(path, quote(raw) + " is not a valid date or moment (use ISO 8601)");
      }
      return null;
    }

    private Slug slug(JsonObject o, String path, String key, boolean required) {
      return parse(o, path, key, required, Slug::of);
    }

    private <E extends Enum<E>> E constant(
        JsonObject o, String path, String key, Class<E> type, boolean required) {
      return parse(o, path, key, required, raw -> constant(child(path, key), raw, type));
    }

    private <E extends Enum<E>> E constant(String path, String raw, Class<E> type) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(raw)) {
          return e;
        }
      }
      problem(
          path,
          "unknown value "
              + quote(raw)
              + "; use one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
      return null;
    }

    private <T> List<T> strings(JsonObject o, String path, String key, Function<String, T> parser) {
      List<T> result = new ArrayList<>();
      JsonArray array = array(o, path, key);
      for (int i = 0; i < array.size(); i++) {
        String itemPath = child(path, key) + "[" + i + "]";
        JsonValue v = array.get(i);
        if (v instanceof JsonString s) {
          T item = convert(itemPath, s.getString(), parser);
          if (item != null) {
            result.add(item);
          }
        } else {
          problem(itemPath, "expected a text, got " + describe(v));
        }
      }
      return result;
    }

    private Set<EducationLevel> levels(JsonObject o, String path) {
      String key = "educationLevels";
      Set<EducationLevel> result = EnumSet.noneOf(EducationLevel.class);
      JsonArray array = array(o, path, key);
      for (int i = 0; i < array.size(); i++) {
        String itemPath = child(path, key) + "[" + i + "]";
        JsonValue v = array.get(i);
        if (v instanceof JsonString s) {
          EducationLevel level = constant(itemPath, s.getString(), EducationLevel.class);
          if (level != null) {
            result.add(level);
          }
        } else {
          problem(itemPath, "expected a text, got " + describe(v));
        }
      }
      return result;
    }

    private LocalizedText text(JsonObject o, String path, String key, boolean required) {
      String at = child(path, key);
      JsonValue v = present(o, key);
      if (v == null) {
        if (required) {
          problem(at + ".nl", key + " is required but is missing (a Dutch text is required)");
        }
        return null;
      }
      if (v instanceof JsonString s) {
        return valueObject(at, () -> LocalizedText.of(s.getString()));
      }
      if (v instanceof JsonObject t) {
        allowOnly(t, at, "nl", "en");
        String nl = string(t, at, "nl", false);
        String en = string(t, at, "en", false);
        return valueObject(at, () -> LocalizedText.of(nl, en));
      }
      problem(at, "expected a text or {\"nl\": ..., \"en\": ...}, got " + describe(v));
      return null;
    }

    private ImageReference image(JsonObject o, String path) {
      String at = child(path, "photo");
      JsonValue v = present(o, "photo");
      if (v == null) {
        return null;
      }
      JsonObject p = object(v, at);
      if (p == null) {
        return null;
      }
      allowOnly(p, at, "location", "altText");
      String location = string(p, at, "location", false);
      String alt = string(p, at, "altText", false);
      return valueObject(at, () -> ImageReference.of(location, alt));
    }

    private Contact contact(JsonObject o, String path) {
      JsonValue v = present(o, "contact");
      if (v == null) {
        return null;
      }
      JsonObject c = object(v, child(path, "contact"));
      if (c == null) {
        return null;
      }
      String at = child(path, "contact");
      allowOnly(c, at, "name", "email", "phone");
      String name = string(c, at, "name", false);
      String email = string(c, at, "email", false);
      String phone = string(c, at, "phone", false);
      // Contact names its fields "contact.x": resolve them against the parent path
      return valueObject(path, () -> Contact.of(name, email, phone));
    }

    private PublicationState publication(JsonObject o, String path) {
      String at = child(path, "publication");
      JsonValue v = present(o, "publication");
      if (v == null) {
        return PublicationState.draft();
      }
      if (v instanceof JsonString s) {
        PublicationStatus status = constant(at, s.getString(), PublicationStatus.class);
        return status == null ? null : valueObject(path, () -> PublicationState.of(status, null));
      }
      JsonObject p = object(v, at);
      if (p == null) {
        return null;
      }
      allowOnly(p, at, "status", "at", "until");
      PublicationStatus status = constant(p, at, "status", PublicationStatus.class, true);
      Instant moment = parse(p, at, "at", false, Instant::parse);
      Instant until = parse(p, at, "until", false, Instant::parse);
      if (status == null) {
        return null;
      }
      // PublicationState names its fields "publication.x": resolve them against the parent path
      return valueObject(path, () -> PublicationState.of(status, moment, until));
    }

    private <T> T valueObject(String path, Supplier<T> factory) {
      try {
        return factory.get();
      } catch (DomainException e) {
        problem(child(path, e.getField()), e.getMessage());
        return null;
      }
    }

    private static String child(String path, String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    private static String describe(JsonValue v) {
      if (v == null) {
        return "nothing";
      }
      String text = v.toString();
      if (text.length() > 40) {
        text = text.substring(0, 40) + "…";
      }
      return v.getValueType().name().toLowerCase(Locale.ROOT) + " " + text;
    }

    private static String quote(Object value) {
      return DomainException.quote(value);
    }

    private void problem(String path, String message) {
      problems.add(new CatalogueProblem(path, message));
    }
  }

  /** Catalogue to JSON; optional fields are left out when empty. */
  private static final class Writer {

    private final JsonProvider json = provider();

    JsonObject catalogue(Catalogue c) {
      return json.createObjectBuilder()
          .add("format", FORMAT)
          .add("pacts", array(c.pacts(), this::pact))
          .add("regions", array(c.regions(), this::region))
          .add("organisations", array(c.organisations(), this::organisation))
          .add("ambassadors", array(c.ambassadors(), this::ambassador))
          .add("cases", array(c.cases(), this::caseStudy))
          .build();
    }

    private JsonObject pact(PactEntry p) {
      JsonObjectBuilder b = json.createObjectBuilder();
      b.add("slug", p.slug().getValue()).add("name", p.name());
      put(b, "signedOn", p.signedOn() == null ? null : p.signedOn().toString());
      put(b, "description", p.description());
      put(b, "regionsIntroduction", p.regionsIntroduction());
      if (!p.themes().isEmpty()) {
        b.add("themes", array(p.themes(), this::theme));
      }
      b.add("goals", array(p.goals(), this::goal));
      return b.build();
    }

    private JsonObject theme(ThemeEntry t) {
      JsonObjectBuilder b = json.createObjectBuilder().add("number", t.number());
      put(b, "title", t.title());
      put(b, "description", t.description());
      return b.build();
    }

    private JsonObject goal(GoalEntry g) {
      JsonObjectBuilder b = json.createObjectBuilder().add("number", g.number());
      put(b, "title", g.title());
      put(b, "description", g.description());
      putLevels(b, g.educationLevels());
      if (g.theme() != null) {
        b.add("theme", g.theme());
      }
      return b.build();
    }

    private JsonObject region(RegionEntry r) {
      JsonObjectBuilder b =
          json.createObjectBuilder().add("slug", r.slug().getValue()).add("name", r.name());
      b.add("provinces", strings(r.provinces().stream().map(Province::getDisplayName).toList()));
      put(b, "ambitions", r.ambitions());
      if (r.contact() != null) {
        JsonObjectBuilder c = json.createObjectBuilder();
        put(c, "name", r.contact().getName());
        put(c, "email", r.contact().getEmail());
        put(c, "phone", r.contact().getPhone());
        b.add("contact", c);
      }
      if (r.needsConfirmation()) {
        b.add("needsConfirmation", true);
      }
      b.add("publication", publication(r.publication()));
      return b.build();
    }

    private JsonObject organisation(OrganisationEntry o) {
      JsonObjectBuilder b =
          json.createObjectBuilder()
              .add("slug", o.slug().getValue())
              .add("name", o.name())
              .add("kind", o.kind().name());
      put(b, "region", o.region() == null ? null : o.region().getValue());
      put(b, "website", o.website());
      return b.build();
    }

    private JsonObject ambassador(AmbassadorEntry a) {
      JsonObjectBuilder b =
          json.createObjectBuilder()
              .add("slug", a.slug().getValue())
              .add("name", a.name())
              .add("role", a.role().name());
      put(b, "teaser", a.teaser());
      put(b, "profile", a.profile());
      putImage(b, a.photo());
      putGoals(b, a.goals());
      put(b, "region", a.region() == null ? null : a.region().getValue());
      b.add("publication", publication(a.publication()));
      return b.build();
    }

    private JsonObject caseStudy(CaseStudyEntry c) {
      JsonObjectBuilder b = json.createObjectBuilder().add("slug", c.slug().getValue());
      put(b, "title", c.title());
      put(b, "subtitle", c.subtitle());
      put(b, "summary", c.summary());
      put(b, "body", c.body());
      put(b, "region", c.region() == null ? null : c.region().getValue());
      putGoals(b, c.goals());
      putLevels(b, c.educationLevels());
      if (!c.partners().isEmpty()) {
        b.add("partners", strings(c.partners().stream().sorted().map(Slug::getValue).toList()));
      }
      putImage(b, c.photo());
      b.add("publication", publication(c.publication()));
      return b.build();
    }

    private JsonValue publication(PublicationState state) {
      if (state.getAt().isEmpty() && state.getUntil().isEmpty()) {
        return json.createValue(state.getStatus().name());
      }
      JsonObjectBuilder b = json.createObjectBuilder().add("status", state.getStatus().name());
      state.getAt().ifPresent(at -> b.add("at", at.toString()));
      state.getUntil().ifPresent(until -> b.add("until", until.toString()));
      return b.build();
    }

    private void put(JsonObjectBuilder b, String key, String value) {
      if (value != null) {
        b.add(key, value);
      }
    }

    private void put(JsonObjectBuilder b, String key, LocalizedText text) {
      if (text == null) {
        return;
      }
      if (text.getEn() == null) {
        b.add(key, text.getNl());
      } else {
        b.add(key, json.createObjectBuilder().add("nl", text.getNl()).add("en", text.getEn()));
      }
    }

    private void putImage(JsonObjectBuilder b, ImageReference photo) {
      if (photo != null) {
        b.add(
            "photo",
            json.createObjectBuilder()
                .add("location", photo.getLocation())
                .add("altText", photo.getAltText()));
      }
    }

    private void putGoals(JsonObjectBuilder b, Set<GoalReference> goals) {
      if (!goals.isEmpty()) {
        b.add("goals", strings(goals.stream().sorted().map(GoalReference::toString).toList()));
      }
    }

    private void putLevels(JsonObjectBuilder b, Set<EducationLevel> levels) {
      if (!levels.isEmpty()) {
        b.add("educationLevels", strings(EnumSet.copyOf(levels).stream().map(Enum::name).toList()));
      }
    }

    private JsonArray strings(Collection<String> values) {
      JsonArrayBuilder a = json.createArrayBuilder();
      values.forEach(a::add);
      return a.build();
    }

    private <T> JsonArray array(List<T> items, Function<T, JsonObject> mapper) {
      JsonArrayBuilder a = json.createArrayBuilder();
      items.forEach(item -> a.add(mapper.apply(item)));
      return a.build();
    }
  }
}
