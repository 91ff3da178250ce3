package nl.techniekpact.cms.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Sets the security headers on every response of the CMS, error pages included: a strict
 * Content-Security-Policy (no inline script, no framing), {@code nosniff}, a referrer policy, a
 * permissions policy that switches off powerful features, and {@code X-Frame-Options} for old
 * browsers.
 *
 * <p>The back office ({@value #BACK_OFFICE}) runs PrimeFaces, whose components need scripts in the
 * page: there PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml) sends the policy of {@code
 * primefaces.CSP_POLICY} with a fresh script nonce per response, and that header replaces the one
 * set here (which is the same policy without a nonce, for responses PrimeFaces does not render).
 * Elsewhere a policy header from PrimeFaces is dropped, so public pages keep the strict one. See
 * ADR 0012.
 *
 * <p>Back-office responses also say {@code Cache-Control: no-store}: they show unpublished content
 * and accounts, and back-office computers are shared, so after signing out neither the browser's
 * cache nor its back button may show them again.
 */
@WebFilter(
    filterName = "securityHeaders",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
    asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The policy for every response; pages load scripts, styles and images only from the CMS. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'";

  /** The path prefix of the back office. */
  static final String BACK_OFFICE = "/beheer/";

  /** What back-office responses say to caches: keep nothing. */
  static final String BACK_OFFICE_CACHE_CONTROL = "no-store";

  /** The web.xml parameter holding the back-office policy (PrimeFaces adds its nonce to it). */
  static final String BACK_OFFICE_POLICY_PARAMETER = "primefaces.CSP_POLICY";

  private static final String CSP = "Content-Security-Policy";

  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

  /** The headers every response carries besides the policy, in order. */
  private static final List<Map.Entry<String, String>> COMMON_HEADERS =
      List.of(
          Map.entry("X-Content-Type-Options", "nosniff"),
          Map.entry("Referrer-Policy", "strict-origin-when-cross-origin"),
          Map.entry("Permissions-Policy", PERMISSIONS_POLICY),
          Map.entry("X-Frame-Options", "DENY"),
          Map.entry("Cross-Origin-Opener-Policy", "same-origin"));

  /**
   * The headers of a public (non back-office) response, in order; on HTTPS {@link
   * #STRICT_TRANSPORT_SECURITY} comes on top. For responses answered before the filter chain runs
   * and prepared ahead (the page cache's front door).
   */
  public static final List<Map.Entry<String, String>> PUBLIC_HEADERS =
      Stream.concat(Stream.of(Map.entry(CSP, CONTENT_SECURITY_POLICY)), COMMON_HEADERS.stream())
          .toList();

  /** The header that a response over HTTPS carries too. */
  public static final Map.Entry<String, String> STRICT_TRANSPORT_SECURITY =
      Map.entry("Strict-Transport-Security", "max-age=31536000");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean backOffice = isBackOffice(request);
    setHeaders(request, response, backOffice ? backOfficePolicy() : CONTENT_SECURITY_POLICY);
    if (backOffice) {
      response.setHeader("Cache-Control", BACK_OFFICE_CACHE_CONTROL);
    }
    chain.doFilter(request, new PolicyOwner(response, backOffice));
  }

  /**
   * Sets the headers on a response answered before the filters run: Jakarta Security's
   * authentication comes first, so its redirect of an anonymous back-office request to the sign-in
   * page would otherwise go without them. Such a response has no body, so it gets the strict
   * policy.
   */
  public static void setOnEarlyResponse(HttpServletRequest request, HttpServletResponse response) {
    setHeaders(request, response, CONTENT_SECURITY_POLICY);
    if (isBackOffice(request)) {
      response.setHeader("Cache-Control", BACK_OFFICE_CACHE_CONTROL);
    }
  }

  private static boolean isBackOffice(HttpServletRequest request) {
    return request.getDispatcherType() == DispatcherType.REQUEST
        && request.getRequestURI().startsWith(request.getContextPath() + BACK_OFFICE);
  }

  private String backOfficePolicy() {
    String policy = getServletContext().getInitParameter(BACK_OFFICE_POLICY_PARAMETER);
    return policy == null || policy.isBlank() ? CONTENT_SECURITY_POLICY : policy;
  }

  /** Sets the headers on a response. web.xml maps this filter first of all filters. */
  private static void setHeaders(
      HttpServletRequest request, HttpServletResponse response, String policy) {
    response.setHeader(CSP, policy);
    for (Map.Entry<String, String> header : COMMON_HEADERS) {
      response.setHeader(header.getKey(), header.getValue());
    }
    if (request.isSecure()) {
      response.setHeader(STRICT_TRANSPORT_SECURITY.getKey(), STRICT_TRANSPORT_SECURITY.getValue());
    }
  }

  /**
   * Lets a policy set later (by PrimeFaces, with its nonce) replace ours in the back office, and
   * ignores it elsewhere: a response never carries two policies.
   */
  private static final class PolicyOwner extends HttpServletResponseWrapper {

    private final boolean backOffice;

    PolicyOwner(HttpServletResponse response, boolean backOffice) {
      super(response);
      this.backOffice = backOffice;
    }

    @Override
    public void setHeader(String name, String value) {
      if (!CSP.equalsIgnoreCase(name) || backOffice) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!CSP.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      } else if (backOffice) {
        super.setHeader(name, value);
      }
    }
  }
}
