package nl.techniekpact.cms.rest.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.techniekpact.cms.rest.ApiLanguage;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Tidies the document Payara builds from the annotations, in one place: path templates lose their
 * JAX-RS regular expressions ({@code {slug: [a-z0-9]+…}} becomes {@code {slug}}, as OpenAPI
 * requires), the plugins' own endpoints (a sub-resource locator, documented by each plugin) leave
 * the document, examples written as JSON text become JSON, and every operation gets the error
 * responses its shape implies, so resources annotate only what is particular to them:
 *
 * <ul>
 *   <li>every operation: 429 (rate limit) and 500;
 *   <li>query parameters: 400 (invalid parameters); a path parameter: 404;
 *   <li>a JSON request body: 400 (unreadable), 415 and 422 (invalid fields);
 *   <li>a security requirement: 401 and 403;
 *   <li>an {@code If-Match} header: 412 and 428;
 *   <li>the {@code lang} query parameter: its description and values ({@link ApiLanguage}).
 * </ul>
 *
 * A response an operation documents itself is kept as it is.
 *
 * <p>Registered with {@code mp.openapi.filter} in {@code microprofile-config.properties}.
 */
public class ApiFilter implements OASFilter {

  private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{([A-Za-z0-9_]+)\\s*:[^/]*}");

  /** The locator of the plugins' own endpoints, before its regular expression is dropped. */
  private static final String PLUGIN_ENDPOINTS = "/api/v1/plugins/{id}";

  @Override
  public Operation filterOperation(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      return operation;
    }
    List<Parameter> parameters =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
      add(responses, "400", ApiModelReader.INVALID_PARAMETERS);
    }
    if (hasJsonBody(operation)) {
      add(responses, "400", ApiModelReader.BAD_REQUEST);
      add(responses, "415", ApiModelReader.UNSUPPORTED_MEDIA_TYPE);
      add(responses, "422", ApiModelReader.INVALID_CONTENT);
    }
    if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
      add(responses, "401", ApiModelReader.UNAUTHORIZED);
      add(responses, "403", ApiModelReader.FORBIDDEN);
    }
    if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
      add(responses, "404", ApiModelReader.NOT_FOUND);
    }
    if (parameters.stream()
        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equals(p.getName()))) {
      add(responses, "412", ApiModelReader.PRECONDITION_FAILED);
      add(responses, "428", ApiModelReader.PRECONDITION_REQUIRED);
    }
    add(responses, "429", ApiModelReader.TOO_MANY_REQUESTS);
    add(responses, "500", ApiModelReader.SERVER_ERROR);
    return operation;
  }

  /** The {@code lang} query parameter, described once for every operation that reads it. */
  @Override
  public Parameter filterParameter(Parameter parameter) {
    if (parameter.getIn() == Parameter.In.QUERY
        && ApiLanguage.PARAMETER.equals(parameter.getName())) {
      if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
        parameter.setDescription(ApiLanguage.DESCRIPTION);
      }
      if (parameter.getExample() == null) {
        parameter.setExample(ApiLanguage.EN.code());
      }
      if (parameter.getSchema() == null) {
        parameter.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
      }
      if (parameter.getSchema().getEnumeration() == null
          || parameter.getSchema().getEnumeration().isEmpty()) {
        parameter.getSchema().setEnumeration(List.of(ApiLanguage.NL.code(), ApiLanguage.EN.code()));
      }
    }
    return parameter;
  }

  private static boolean hasJsonBody(Operation operation) {
    RequestBody body = operation.getRequestBody();
    return body != null
        && body.getContent() != null
        && body.getContent().getMediaTypes() != null
        && body.getContent().getMediaTypes().containsKey("application/json");
  }

  /** Adds a response by reference unless the operation documents that status itself. */
  private static void add(APIResponses responses, String status, String reference) {
    if (responses.getAPIResponse(status) == null) {
      responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(reference));
    }
  }

  /**
   * Drops the defaults Payara writes into every schema from the annotations' default values, some
   * of which are wrong as JSON Schema ({@code maxProperties: 0}, {@code multipleOf: 0}, {@code
   * minItems} above {@code maxItems}).
   */
  @Override
  public Schema filterSchema(Schema schema) {
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() <= 0) {
      schema.setMultipleOf(null);
    }
    if (schema.getMaxItems() != null && schema.getMaxItems() < 0) {
      schema.setMaxItems(null);
    }
    if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMinItems())) {
      schema.setMinItems(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    return schema;
  }

  @Override
  public APIResponse filterAPIResponse(APIResponse response) {
    parseExamples(response.getContent());
    return response;
  }

  @Override
  public RequestBody filterRequestBody(RequestBody body) {
    parseExamples(body.getContent());
    return body;
  }

  private static void parseExamples(Content content) {
    if (content == null || content.getMediaTypes() == null) {
      return;
    }
    for (MediaType mediaType : content.getMediaTypes().values()) {
      if (mediaType.getExamples() == null) {
        continue;
      }
      for (Example example : mediaType.getExamples().values()) {
        if (example.getValue() instanceof String text && looksLikeJson(text)) {
          example.setValue(ApiModelReader.parse(text));
        }
      }
    }
  }

  @Override
  public void filterOpenAPI(OpenAPI api) {
    Paths paths = api.getPaths();
    if (paths == null || paths.getPathItems() == null) {
      return;
    }
    Map<String, PathItem> items = new LinkedHashMap<>(paths.getPathItems());
    items.keySet().forEach(paths::removePathItem);
    items.forEach(
        (path, item) -> {
          String plain = plainTemplate(path);
          if (!plain.equals(PLUGIN_ENDPOINTS)) {
            paths.addPathItem(plain, item);
          }
        });
  }

  /** A JAX-RS path template as OpenAPI writes it: {@code {name: regex}} becomes {@code {name}}. */
  static String plainTemplate(String path) {
    return TEMPLATE_REGEX.matcher(path).replaceAll("{$1}");
  }

  private static boolean looksLikeJson(String text) {
    String trimmed = text.strip();
    return trimmed.startsWith("{") || trimmed.startsWith("[");
  }
}
