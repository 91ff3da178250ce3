package nl.techniekpact.cms.pagecache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is kept in memory instead of being sent, so the page cache can store it,
 * tag it and answer a conditional GET. Status and headers go to the real response as set; an error
 * or a redirect goes through at once and nothing captured is sent afterwards.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
  private ServletOutputStream stream;
  private PrintWriter writer;
  private boolean passedThrough;

  CapturingResponse(HttpServletResponse response) {
    super(response);
  }

  /** Whether an error or redirect was sent directly (the captured body must then be dropped). */
  boolean passedThrough() {
    return passedThrough;
  }

  /** What the page wrote. */
  byte[] body() {
    if (writer != null) {
      writer.flush();
    }
    return buffer.toByteArray();
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was called already");
    }
    if (stream == null) {
      stream = new BufferStream();
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (stream != null) {
      throw new IllegalStateException("getOutputStream() was called already");
    }
    if (writer == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      writer = new PrintWriter(new OutputStreamWriter(buffer, charset));
    }
    return writer;
  }

  @Override
  public void flushBuffer() {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public void setContentLength(int length) {
    // the length is set when the captured body is sent
  }

  @Override
  public void setContentLengthLong(long length) {
    // the length is set when the captured body is sent
  }

  @Override
  public void setBufferSize(int size) {
    // the whole body is buffered here
  }

  @Override
  public boolean isCommitted() {
    return passedThrough || super.isCommitted();
  }

  @Override
  public void resetBuffer() {
    if (writer != null) {
      writer.flush();
    }
    buffer.reset();
  }

  @Override
  public void reset() {
    super.reset();
    resetBuffer();
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    passedThrough = true;
    super.sendError(status, message);
  }

  @Override
  public void sendError(int status) throws IOException {
    passedThrough = true;
    super.sendError(status);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    passedThrough = true;
    super.sendRedirect(location);
  }

  private final class BufferStream extends ServletOutputStream {
    @Override
    public void write(int b) {
      buffer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      buffer.write(b, off, len);
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("The page cache captures pages synchronously");
    }
  }
}
