package nl.techniekpact.cms.pagecache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A response whose body is kept in memory instead of being sent, so the page cache can store it,
 * tag it and answer a conditional GET. Status and headers go to the real response as set; an error
 * or a redirect goes through at once and nothing captured is sent afterwards. Whether it is
 * committed is the real response's answer: after an error that one counts as committed until the
 * container takes it back to send its error page, so a forward that ends in {@code sendError} gets
 * the error page, not an "already committed" warning.
 *
 * <p>What a page writes as characters (Faces does) is kept as characters and encoded in one pass
 * when the body is asked for, instead of through a charset encoder on every write.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

  /** What a page writes as bytes; empty (and never grown) when it writes characters. */
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(0);

  private ServletOutputStream stream;
  private PrintWriter writer;
  private Chars chars;
  private Charset charset;
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
      return chars.encode(charset);
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
      charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      chars = new Chars();
      writer = new PrintWriter(chars);
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
  public void resetBuffer() {
    if (writer != null) {
      writer.flush();
      chars.length = 0;
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

  /** The characters written, unsynchronized (the {@link PrintWriter} on top locks). */
  private static final class Chars extends Writer {

    private char[] text = new char[16 * 1024];
    private int length;

    private void ensure(int more) {
      if (length + more > text.length) {
        text = Arrays.copyOf(text, Math.max(text.length * 2, length + more));
      }
    }

    @Override
    public void write(int c) {
      ensure(1);
      text[length++] = (char) c;
    }

    @Override
    public void write(char[] buffer, int offset, int count) {
      ensure(count);
      System.arraycopy(buffer, offset, text, length, count);
      length += count;
    }

    @Override
    public void write(String string, int offset, int count) {
      ensure(count);
      string.getChars(offset, offset + count, text, length);
      length += count;
    }

    @Override
    public void flush() {
      // nothing is buffered
    }

    @Override
    public void close() {
      // the text stays readable
    }

    /** The text in a charset; what it cannot encode is replaced, as a writer would. */
    byte[] encode(Charset charset) {
      try {
        ByteBuffer bytes =
            charset
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .encode(CharBuffer.wrap(text, 0, length));
        return Arrays.copyOf(bytes.array(), bytes.limit());
      } catch (CharacterCodingException impossible) {
        throw new IllegalStateException("Replacing encoders do not fail", impossible);
      }
    }
  }
}
