package nl.techniekpact.cms.rest.access;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.techniekpact.cms.web.ErrorKind;
import org.eclipse.microprofile.config.Config;

/**
 * Limits anonymous API clients per client address with a {@link TokenBucket}: a burst of {@value
 * #CAPACITY} requests, then {@value #REFILL_PER_MINUTE} per minute. Over the limit the answer is
 * 429 problem details with {@code Retry-After} in seconds. Signed-in callers (Basic or token) and
 * the addresses in {@value #EXEMPT_ADDRESSES} are not limited.
 *
 * <p>The client address is the connection's ({@code getRemoteAddr}); behind a reverse proxy, let
 * Payara take it from {@code X-Forwarded-For}. Kept in memory per node, like the login throttle.
 * Mapped to {@code /api/*} in {@code web.xml}, after {@link ApiCorsFilter}.
 */
@WebFilter(filterName = "apiRateLimit", asyncSupported = true)
public class ApiRateLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** MicroProfile Config key: whether anonymous clients are limited at all. */
  public static final String ENABLED = "cms.api.rate-limit.enabled";

  /** MicroProfile Config key: the burst an anonymous client may send. */
  public static final String CAPACITY = "cms.api.rate-limit.capacity";

  /** MicroProfile Config key: the sustained requests per minute of an anonymous client. */
  public static final String REFILL_PER_MINUTE = "cms.api.rate-limit.refill-per-minute";

  /** MicroProfile Config key: client addresses never limited, comma separated. */
  public static final String EXEMPT_ADDRESSES = "cms.api.rate-limit.exempt-addresses";

  /** The most client addresses remembered before full buckets are forgotten. */
  static final int MAX_CLIENTS = 100_000;

  @Inject private transient Config config;

  private boolean enabled;
  private int capacity;
  private double refillPerSecond;
  private List<String> exempt;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  @Override
  public void init() {
    enabled = config.getOptionalValue(ENABLED, Boolean.class).orElse(true);
    capacity = config.getOptionalValue(CAPACITY, Integer.class).orElse(300);
    refillPerSecond = config.getOptionalValue(REFILL_PER_MINUTE, Integer.class).orElse(300) / 60.0;
    exempt =
        config
            .getOptionalValues(EXEMPT_ADDRESSES, String.class)
            .map(values -> values.stream().map(String::strip).toList())
            .orElse(List.of());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Duration> wait = enabled ? refusal(request) : Optional.empty();
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      response.setHeader("Retry-After", Long.toString(seconds));
      request.setAttribute(ErrorKind.ATTRIBUTE, ErrorKind.TOO_MANY_REQUESTS);
      response.sendError(ErrorKind.TOO_MANY_REQUESTS.status());
      return;
    }
    chain.doFilter(request, response);
  }

  private Optional<Duration> refusal(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    if (request.getUserPrincipal() != null || exempt.contains(address)) {
      return Optional.empty();
    }
    long now = System.nanoTime();
    if (buckets.size() > MAX_CLIENTS) {
      buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
    Duration wait =
        buckets
            .computeIfAbsent(address, any -> new TokenBucket(capacity, refillPerSecond, now))
            .take(now);
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }
}
