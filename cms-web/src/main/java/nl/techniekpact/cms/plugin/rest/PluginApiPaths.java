package nl.techniekpact.cms.plugin.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.techniekpact.cms.plugin.host.ActivePlugin;

/**
 * Describes the REST endpoints of running plugins as OpenAPI 3 path items, read from their JAX-RS
 * annotations ({@code @GET}…, {@code @Path}, {@code @Produces}, {@code @PathParam},
 * {@code @QueryParam}) and, when a plugin uses them, the {@code summary} and {@code description} of
 * MicroProfile OpenAPI's {@code @Operation} (read by name, so plugins need not bundle it).
 *
 * <p>Payara builds its OpenAPI document once per deployment; plugins come and go while the CMS
 * runs, so their paths are added to that document on every request (see {@link
 * ApiDocumentResource}).
 */
final class PluginApiPaths {

  /** Where plugin endpoints are mounted, relative to the server. */
  static final String PREFIX = "/api/v1/plugins/";

  private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}");

  private PluginApiPaths() {}

  /** The tag that groups one plugin's operations. */
  static String tag(ActivePlugin plugin) {
    return "plugin " + plugin.id();
  }

  /**
   * The path items of the running plugins' endpoints, by path.
   *
   * @param plugins the running plugins
   * @return OpenAPI path items keyed by path, in path order
   */
  static Map<String, JsonObject> of(List<ActivePlugin> plugins) {
    Map<String, Map<String, JsonObject>> operations = new LinkedHashMap<>();
    for (ActivePlugin plugin : plugins) {
      if (plugin.endpoint().isEmpty()) {
        continue;
      }
      Class<?> type = plugin.endpoint().get().getClass();
      String base = PREFIX + plugin.id() + join("", pathOf(type));
      Optional<String> classProduces = produces(type);
      Method[] methods = type.getMethods();
      Arrays.sort(methods, Comparator.comparing(Method::getName));
      for (Method method : methods) {
        Optional<String> verb = httpMethod(method);
        if (verb.isEmpty()) {
          continue;
        }
        String path = normalise(join(base, pathOf(method)));
        operations
            .computeIfAbsent(path, p -> new LinkedHashMap<>())
            .put(
                verb.get().toLowerCase(Locale.ROOT),
                operation(plugin, method, produces(method).or(() -> classProduces)));
      }
    }
    Map<String, JsonObject> items = new java.util.TreeMap<>();
    operations.forEach(
        (path, byVerb) -> {
          JsonObjectBuilder item = Json.createObjectBuilder();
          byVerb.forEach(item::add);
          items.put(path, item.build());
        });
    return items;
  }

  private static JsonObject operation(
      ActivePlugin plugin, Method method, Optional<String> produces) {
    JsonObjectBuilder operation =
        Json.createObjectBuilder()
            .add("tags", Json.createArrayBuilder().add(tag(plugin)))
            .add("operationId", plugin.id() + "." + method.getName())
            .add(
                "summary",
                annotationText(method, "summary")
                    .orElse(humanise(method.getName()) + " (plugin " + plugin.id() + ")"));
    annotationText(method, "description").ifPresent(text -> operation.add("description", text));
    JsonArrayBuilder parameters = Json.createArrayBuilder();
    boolean any = false;
    for (Parameter parameter : method.getParameters()) {
      PathParam path = parameter.getAnnotation(PathParam.class);
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      if (path != null || query != null) {
        any = true;
        parameters.add(
            Json.createObjectBuilder()
                .add("name", path != null ? path.value() : query.value())
                .add("in", path != null ? "path" : "query")
                .add("required", path != null)
                .add("schema", Json.createObjectBuilder().add("type", schemaType(parameter))));
      }
    }
    if (any) {
      operation.add("parameters", parameters);
    }
    String mediaType = produces.orElse(MediaType.APPLICATION_JSON);
    return operation
        .add(
            "responses",
            Json.createObjectBuilder()
                .add(
                    "200",
                    Json.createObjectBuilder()
                        .add("description", "What the plugin answers")
                        .add(
                            "content",
                            Json.createObjectBuilder().add(mediaType, Json.createObjectBuilder())))
                .add(
                    "404",
                    Json.createObjectBuilder()
                        .add(
                            "description",
                            "Not found, or the plugin is not running (problem details)")))
        .build();
  }

  private static String schemaType(Parameter parameter) {
    Class<?> type = parameter.getType();
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "boolean";
    }
    return "string";
  }

  private static Optional<String> httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return Optional.of(verb.value());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> pathOf(java.lang.reflect.AnnotatedElement element) {
    return Optional.ofNullable(element.getAnnotation(Path.class)).map(Path::value);
  }

  private static Optional<String> produces(java.lang.reflect.AnnotatedElement element) {
    return Optional.ofNullable(element.getAnnotation(Produces.class))
        .filter(p -> p.value().length > 0)
        .map(p -> p.value()[0].split(",")[0].strip());
  }

  /** {@code summary()} or {@code description()} of an annotation named {@code Operation}. */
  private static Optional<String> annotationText(Method method, String attribute) {
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation.annotationType().getSimpleName().equals("Operation")) {
        try {
          Object value = annotation.annotationType().getMethod(attribute).invoke(annotation);
          if (value instanceof String text && !text.isBlank()) {
            return Optional.of(text);
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static String join(String base, Optional<String> path) {
    if (path.isEmpty() || path.get().isBlank() || path.get().equals("/")) {
      return base;
    }
    String segment = path.get().startsWith("/") ? path.get() : "/" + path.get();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + segment;
  }

  /** {@code {region: [a-z-]+}} becomes {@code {region}}; no trailing slash. */
  static String normalise(String path) {
    String plain = TEMPLATE_REGEX.matcher(path).replaceAll("{$1}");
    return plain.length() > 1 && plain.endsWith("/")
        ? plain.substring(0, plain.length() - 1)
        : plain;
  }

  private static String humanise(String methodName) {
    String words = methodName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
