package nl.techniekpact.cms.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards request bodies before any page or endpoint reads them: a body over {@code
 * cms.request.max-body-bytes} is answered with 413 (declared length at once, chunked bodies as soon
 * as they pass the limit), and a multipart body that cannot be parsed with 400.
 */
@WebFilter(filterName = "requestBodyGuard", urlPatterns = "/*", asyncSupported = true)
public class RequestBodyGuardFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** MicroProfile Config key of the largest accepted request body, in bytes. */
  public static final String MAX_BODY_BYTES = "cms.request.max-body-bytes";

  @Inject
  @ConfigProperty(name = MAX_BODY_BYTES, defaultValue = "10485760")
  long maxBodyBytes;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > maxBodyBytes) {
      throw new RequestTooLargeException(maxBodyBytes);
    }
    HttpServletRequest guarded = new LimitedBodyRequest(request, maxBodyBytes);
    if (isMultipart(request)) {
      try {
        guarded.getParts();
      } catch (IllegalStateException e) {
        throw new RequestTooLargeException(maxBodyBytes);
      } catch (IOException | ServletException e) {
        if (e instanceof RequestTooLargeException) {
          throw e;
        }
        throw new MalformedRequestException("Malformed multipart body", e);
      }
    }
    chain.doFilter(guarded, response);
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null
        && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
        && "POST".equalsIgnoreCase(request.getMethod());
  }

  /** A request whose body stream fails once more than the limit has been read. */
  static final class LimitedBodyRequest extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    LimitedBodyRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedInputStream(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class LimitedInputStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long read;

    LimitedInputStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws RequestTooLargeException {
      read += n;
      if (read > limit) {
        throw new RequestTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
