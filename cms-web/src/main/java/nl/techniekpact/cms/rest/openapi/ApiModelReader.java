package nl.techniekpact.cms.rest.openapi;

import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createComponents;
import static org.eclipse.microprofile.openapi.OASFactory.createContent;
import static org.eclipse.microprofile.openapi.OASFactory.createExample;
import static org.eclipse.microprofile.openapi.OASFactory.createHeader;
import static org.eclipse.microprofile.openapi.OASFactory.createInfo;
import static org.eclipse.microprofile.openapi.OASFactory.createLicense;
import static org.eclipse.microprofile.openapi.OASFactory.createMediaType;
import static org.eclipse.microprofile.openapi.OASFactory.createOpenAPI;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;
import static org.eclipse.microprofile.openapi.OASFactory.createSecurityScheme;
import static org.eclipse.microprofile.openapi.OASFactory.createServer;
import static org.eclipse.microprofile.openapi.OASFactory.createTag;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.web.ErrorKind;
import nl.techniekpact.cms.web.ErrorMessages;
import nl.techniekpact.cms.web.ProblemDetails;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The parts of the OpenAPI document that no annotation on a resource can say: the API's info, its
 * server (relative, so the interactive page calls the server it was loaded from), the two ways to
 * sign in, the shape of problem details, the paged list of cases and the error responses every
 * resource refers to by name ({@code @APIResponse(responseCode = "404", ref = NOT_FOUND)}).
 *
 * <p>Registered with {@code mp.openapi.model.reader} in {@code microprofile-config.properties}.
 */
public class ApiModelReader implements OASModelReader {

  /** The security scheme of HTTP Basic with an account's username and password. */
  public static final String BASIC = "basic";

  /** The security scheme of an API token ({@code Authorization: Bearer tpk_...}). */
  public static final String BEARER = "token";

  /** The schema of problem details. */
  public static final String PROBLEM = "Problem";

  /** The schema of a page of cases. */
  public static final String CASE_PAGE = "CasePage";

  /** The schema of one search result (built here: no resource returns it alone). */
  public static final String SEARCH_HIT = "SearchHitView";

  /** The schema of a page of search results. */
  public static final String SEARCH_PAGE = "SearchPage";

  /** Shared response: refused query or path parameters. */
  public static final String INVALID_PARAMETERS = "InvalidParameters";

  /** Shared response: a malformed request body. */
  public static final String BAD_REQUEST = "BadRequest";

  /** Shared response: no or wrong credentials. */
  public static final String UNAUTHORIZED = "Unauthorized";

  /** Shared response: signed in without the needed role. */
  public static final String FORBIDDEN = "Forbidden";

  /** Shared response: nothing published at this address. */
  public static final String NOT_FOUND = "NotFound";

  /** Shared response: a body in a format the endpoint does not read. */
  public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";

  /** Shared response: If-Match names a version that is no longer current, with the ETag. */
  public static final String PRECONDITION_FAILED = "PreconditionFailed";

  /** Shared response: an edit with invalid fields, each listed. */
  public static final String INVALID_CONTENT = "InvalidContent";

  /** Shared response: a change without If-Match. */
  public static final String PRECONDITION_REQUIRED = "PreconditionRequired";

  /** Shared response: too many requests, with {@code Retry-After}. */
  public static final String TOO_MANY_REQUESTS = "TooManyRequests";

  /** Shared response: not available yet (the search index being built), with Retry-After. */
  public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

  /** Shared response: a failure on the server's side. */
  public static final String SERVER_ERROR = "ServerError";

  /** Reusable response: an image over the size or pixel limit. */
  public static final String IMAGE_TOO_LARGE = "ImageTooLarge";

  /** Reusable response: a file that is not a JPEG, PNG or WebP image, or does not decode. */
  public static final String IMAGE_UNSUPPORTED = "ImageUnsupported";

  /** Reusable response: an upload without (usable) alternative text. */
  public static final String MEDIA_INVALID = "MediaInvalid";

  /** Reusable response: an upload already in the library. */
  public static final String MEDIA_DUPLICATE = "MediaDuplicate";

  /** Reusable response: an image still shown by content. */
  public static final String MEDIA_IN_USE = "MediaInUse";

  /** The 409 response of a removal refused while other items refer to the item. */
  public static final String CONTENT_IN_USE = "ContentInUse";

  /** Schema name of a page of images. */
  public static final String MEDIA_PAGE = "MediaPage";

  /** The tags, in the order the interactive page shows them. */
  static final List<String[]> TAGS =
      List.of(
          new String[] {
            "cases",
            "Cases: what partners do for the pact's goals; published ones for everyone, editing"
                + " for editors"
          },
          new String[] {
            "audit", "The audit log of content edits (administrators, national editors)"
          },
          new String[] {"regions", "The landsdelen and their ambitions"},
          new String[] {"pacts", "The editions of the pact, the current one first"},
          new String[] {"goals", "The goals of the current pact"},
          new String[] {"ambassadors", "The aanjager and ambassadors"},
          new String[] {"organisations", "Partner organisations"},
          new String[] {
            "trash", "Deleted organisations, pact editions, goals and themes (editors)"
          },
          new String[] {"search", "Full-text search over all published content"},
          new String[] {"account", "The signed-in caller and their API tokens"},
          new String[] {"plugins", "Installing and managing plugins (plugin administrators)"},
          new String[] {
            "content", "Items of the content types plugins define (editors, administrators)"
          },
          new String[] {
            "media", "The media library: images for content (editors, administrators)"
          });

  @Override
  public OpenAPI buildModel() {
    OpenAPI api =
        createOpenAPI()
            .openapi("3.0.3")
            .info(
                createInfo()
                    .title("Techniekpact CMS API")
                    .version("1")
                    .description(
                        "Published content of the Techniekpact: cases, regions, goals,"
                            + " ambassadors and organisations, readable without signing in;"
                            + " and, for signed-in callers, their API tokens. Sign in with HTTP"
                            + " Basic (username and password) or with an API token"
                            + " (`Authorization: Bearer tpk_...`, created with"
                            + " `POST /api/v1/me/tokens`). Every error is RFC 9457 problem"
                            + " details (`application/problem+json`); every successful read"
                            + " carries an ETag and answers `If-None-Match` with 304.")
                    .license(
                        createLicense()
                            .name("EUPL-1.2")
                            .url(
                                "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")))
            .servers(List.of(createServer().url("/").description("This CMS")))
            .components(createComponents());
    TAGS.forEach(tag -> api.addTag(createTag().name(tag[0]).description(tag[1])));

    api.getComponents()
        .addSecurityScheme(
            BASIC,
            createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("basic")
                .description("The username and password of a CMS account."))
        .addSecurityScheme(
            BEARER,
            createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("tpk_ followed by 43 base64url characters")
                .description(
                    "An API token of a CMS account, created with POST /api/v1/me/tokens; it"
                        + " carries that account's roles and regions."))
        .addSchema(PROBLEM, problemSchema())
        .addSchema(CASE_PAGE, pageOf("CaseView"))
        .addSchema(SEARCH_HIT, searchHitSchema())
        .addSchema(SEARCH_PAGE, pageOf(SEARCH_HIT))
        .addSchema(MEDIA_PAGE, pageOf("MediaView"));

    ErrorMessages english = ErrorMessages.forAcceptLanguage("en");
    api.getComponents()
        .addResponse(
            INVALID_PARAMETERS,
            problem(
                english,
                ErrorKind.INVALID_PARAMETERS,
                "/api/v1/cases",
                "{\"type\":\"urn:techniekpact:problem:invalid-parameters\",\"title\":\"Invalid"
                    + " parameter\",\"status\":400,\"detail\":\"One or more parameters of the"
                    + " request are invalid; errors lists them.\",\"instance\":\"/api/v1/cases\","
                    + "\"errors\":[{\"parameter\":\"size\",\"value\":\"500\",\"reason\":"
                    + "\"out-of-range\",\"detail\":\"size must lie between 1 and 100, not"
                    + " 500.\"}]}"))
        .addResponse(BAD_REQUEST, problem(english, ErrorKind.BAD_REQUEST, "/api/v1/me/tokens"))
        .addResponse(
            UNAUTHORIZED,
            problem(english, ErrorKind.UNAUTHORIZED, "/api/v1/me")
                .addHeader(
                    "WWW-Authenticate",
                    createHeader()
                        .description("The ways to sign in: Basic and Bearer")
                        .schema(createSchema().type(Schema.SchemaType.STRING))))
        .addResponse(FORBIDDEN, problem(english, ErrorKind.FORBIDDEN, "/api/v1/plugins"))
        .addResponse(NOT_FOUND, problem(english, ErrorKind.NOT_FOUND, "/api/v1/cases/no-such"))
        .addResponse(
            UNSUPPORTED_MEDIA_TYPE,
            problem(english, ErrorKind.UNSUPPORTED_MEDIA_TYPE, "/api/v1/me/tokens"))
        .addResponse(
            TOO_MANY_REQUESTS,
            problem(english, ErrorKind.TOO_MANY_REQUESTS, "/api/v1/cases")
                .addHeader(
                    "Retry-After",
                    createHeader()
                        .description("Seconds to wait before the next request")
                        .schema(createSchema().type(Schema.SchemaType.INTEGER))))
        .addResponse(
            SERVICE_UNAVAILABLE,
            problem(english, ErrorKind.SERVICE_UNAVAILABLE, "/api/v1/search")
                .addHeader(
                    "Retry-After",
                    createHeader()
                        .description("Seconds to wait before asking again")
                        .schema(createSchema().type(Schema.SchemaType.INTEGER))))
        .addResponse(SERVER_ERROR, problem(english, ErrorKind.SERVER_ERROR, "/api/v1/cases"))
        .addResponse(
            IMAGE_TOO_LARGE,
            mediaProblem(
                english,
                ErrorKind.IMAGE_TOO_LARGE,
                "The image is 30000 × 20000 pixels; at most 40000000 pixels in all, and at most"
                    + " 20000 on a side, are accepted.",
                Map.of()))
        .addResponse(
            IMAGE_UNSUPPORTED,
            mediaProblem(
                english,
                ErrorKind.IMAGE_UNSUPPORTED,
                "The file is a GIF image, not a JPEG, PNG or WebP image.",
                Map.of()))
        .addResponse(
            MEDIA_INVALID,
            mediaProblem(
                english,
                ErrorKind.MEDIA_INVALID,
                "The alternative text (altText) is required: describe what the image shows for"
                    + " people who cannot see it.",
                Map.of("field", "altText")))
        .addResponse(
            MEDIA_DUPLICATE,
            mediaProblem(
                english,
                ErrorKind.MEDIA_DUPLICATE,
                "This image is already in the library as image 12; use that one.",
                Map.of("existing", 12L)))
        .addResponse(
            MEDIA_IN_USE,
            mediaProblem(
                english,
                ErrorKind.MEDIA_IN_USE,
                "The image is still used by case:make-it-move; remove it there first.",
                Map.of("usedBy", List.of("case:make-it-move"))))
        .addResponse(
            CONTENT_IN_USE,
            problem(
                english,
                ErrorKind.CONTENT_IN_USE,
                "/api/v1/organisations/friesland-college",
                new ProblemDetails(
                        ErrorKind.CONTENT_IN_USE.problemType(),
                        english.title(ErrorKind.CONTENT_IN_USE),
                        409,
                        "organisation friesland-college cannot be removed: 1 item(s) still refer"
                            + " to it (case-study make-it-move); remove those references first",
                        "/api/v1/organisations/friesland-college",
                        Map.of("usedBy", List.of("case-study make-it-move")))
                    .toJson()))
        .addResponse(
            PRECONDITION_FAILED,
            problem(english, ErrorKind.PRECONDITION_FAILED, "/api/v1/cases/make-it-move")
                .addHeader(
                    "ETag",
                    createHeader()
                        .description("The current version, such as \"v4\"")
                        .schema(createSchema().type(Schema.SchemaType.STRING))))
        .addResponse(
            PRECONDITION_REQUIRED,
            problem(english, ErrorKind.PRECONDITION_REQUIRED, "/api/v1/cases/make-it-move"))
        .addResponse(
            INVALID_CONTENT,
            problem(
                english,
                ErrorKind.INVALID_CONTENT,
                "/api/v1/cases",
                "{\"type\":\"urn:techniekpact:problem:invalid-content\",\"title\":\"Invalid"
                    + " input\",\"status\":422,\"detail\":\"2 fields are invalid: title.nl,"
                    + " region\",\"instance\":\"/api/v1/cases\",\"errors\":[{\"field\":"
                    + "\"title.nl\",\"detail\":\"must not be blank\"},{\"field\":\"region\","
                    + "\"detail\":\"no region atlantis\"}]}"));
    return api;
  }

  private static Schema problemSchema() {
    Schema text = createSchema().type(Schema.SchemaType.STRING);
    return createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details; texts in Dutch, or English by Accept-Language")
        .addProperty("type", createSchema().type(Schema.SchemaType.STRING).format("uri"))
        .addProperty("title", text)
        .addProperty("status", createSchema().type(Schema.SchemaType.INTEGER))
        .addProperty("detail", text)
        .addProperty("instance", text)
        .addProperty(
            "errors",
            createSchema()
                .type(Schema.SchemaType.ARRAY)
                .description(
                    "Each refused parameter (invalid-parameters) or field (invalid-content)")
                .items(
                    createSchema()
                        .type(Schema.SchemaType.OBJECT)
                        .addProperty("field", text)
                        .addProperty("parameter", text)
                        .addProperty("value", text)
                        .addProperty("reason", text)
                        .addProperty("detail", text)))
        .addProperty(
            "field",
            createSchema()
                .type(Schema.SchemaType.STRING)
                .description("The refused form field, for media-invalid problems"))
        .addProperty(
            "existing",
            createSchema()
                .type(Schema.SchemaType.INTEGER)
                .format("int64")
                .description("The image already in the library, for media-duplicate problems"))
        .addProperty(
            "usedBy",
            createSchema()
                .type(Schema.SchemaType.ARRAY)
                .description("The items that show the image, for media-in-use problems")
                .items(text))
        .required(List.of("type", "title", "status"));
  }

  private static Schema searchHitSchema() {
    Schema text = createSchema().type(Schema.SchemaType.STRING);
    return createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("One search result")
        .addProperty(
            "type",
            createSchema()
                .type(Schema.SchemaType.STRING)
                .enumeration(List.of("goal", "region", "ambassador", "case", "organisation")))
        .addProperty("key", text.description("The slug, or for goals the number"))
        .addProperty("title", createSchema().type(Schema.SchemaType.STRING))
        .addProperty(
            "lang",
            createSchema()
                .type(Schema.SchemaType.STRING)
                .enumeration(List.of("nl", "en"))
                .description("The language of title and snippet"))
        .addProperty(
            "snippet",
            createSchema()
                .type(Schema.SchemaType.STRING)
                .description("Plain text around the matched words; absent without text"))
        .addProperty(
            "link",
            createSchema()
                .type(Schema.SchemaType.STRING)
                .description("The item's public page: a path on this site, or a website"))
        .addProperty(
            "api",
            createSchema()
                .type(Schema.SchemaType.STRING)
                .description("The item in this API, such as /api/v1/cases/make-it-move"))
        .required(List.of("type", "key", "title", "lang", "api"));
  }

  private static Schema pageOf(String item) {
    Schema integer = createSchema().type(Schema.SchemaType.INTEGER).format("int32");
    return createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("One page of a list; Link headers name the first, prev, next and last page")
        .addProperty(
            "items",
            createSchema()
                .type(Schema.SchemaType.ARRAY)
                .items(createSchema().ref("#/components/schemas/" + item)))
        .addProperty("page", integer)
        .addProperty("size", integer)
        .addProperty("total", createSchema().type(Schema.SchemaType.INTEGER).format("int64"))
        .addProperty("totalPages", integer)
        .required(List.of("items", "page", "size", "total", "totalPages"));
  }

  private static APIResponse mediaProblem(
      ErrorMessages texts, ErrorKind kind, String detail, Map<String, Object> extensions) {
    ProblemDetails example =
        new ProblemDetails(
            kind.problemType(),
            texts.title(kind),
            kind.status(),
            detail,
            "/api/v1/media",
            extensions);
    return problem(texts, kind, "/api/v1/media", example.toJson());
  }

  private static APIResponse problem(ErrorMessages texts, ErrorKind kind, String instance) {
    ProblemDetails example = texts.problem(kind, instance);
    return problem(texts, kind, instance, example.toJson());
  }

  private static APIResponse problem(
      ErrorMessages texts, ErrorKind kind, String instance, String exampleJson) {
    return createAPIResponse()
        .description(texts.title(kind) + ": " + texts.detail(kind))
        .content(
            createContent()
                .addMediaType(
                    ProblemDetails.MEDIA_TYPE,
                    createMediaType()
                        .schema(createSchema().ref("#/components/schemas/" + PROBLEM))
                        .addExample(
                            kind.messageKey().substring("error.".length()),
                            createExample().value(parse(exampleJson)))));
  }

  /** Examples as plain maps and lists, so the document shows them as JSON, not as a string. */
  static Object parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return plain(reader.readValue());
    }
  }

  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        Map<String, Object> members = new LinkedHashMap<>();
        value.asJsonObject().forEach((name, member) -> members.put(name, plain(member)));
        yield members;
      }
      case ARRAY -> value.asJsonArray().stream().map(ApiModelReader::plain).toList();
      case STRING -> ((JsonString) value).getString();
      case NUMBER ->
          ((JsonNumber) value).isIntegral()
              ? (Object) ((JsonNumber) value).longValue()
              : (Object) ((JsonNumber) value).doubleValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
    };
  }
}
