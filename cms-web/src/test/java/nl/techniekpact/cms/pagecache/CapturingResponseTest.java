package nl.techniekpact.cms.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The page cache's captured body: characters a page writes come out as the bytes of the response's
 * charset, whatever they are and however many writes it took.
 */
class CapturingResponseTest {

  private static CapturingResponse capture(String encoding) {
    return new CapturingResponse(
        (HttpServletResponse)
            Proxy.newProxyInstance(
                CapturingResponseTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, m, args) ->
                    switch (m.getName()) {
                      case "getCharacterEncoding" -> encoding;
                      case "isCommitted" -> false;
                      default -> throw new UnsupportedOperationException(m.getName());
                    }));
  }

  @Test
  void charactersBeyondLatin1AreEncodedInTheResponsesCharset() {
    CapturingResponse response = capture("UTF-8");
    PrintWriter writer = response.getWriter();
    String text = "Doel 3 · ‘Techniek’ — één 🚀 <b>&amp;</b>";
    writer.write(text);
    writer.write('\n');
    writer.write(text.toCharArray(), 0, 6);

    assertThat(response.body())
        .isEqualTo((text + "\n" + text.substring(0, 6)).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void utf8IsWhatTheJdksReplacingEncoderWritesForAnyCharacters() throws Exception {
    Random random = new Random(8);
    char[] kinds = {'a', '<', '\u00e9', '\u2019', '\uffff', '\ud83d', '\ude80', '\udbff', '\udc00'};
    for (int round = 0; round < 500; round++) {
      char[] text = new char[random.nextInt(40)];
      for (int i = 0; i < text.length; i++) {
        text[i] =
            random.nextBoolean() ? kinds[random.nextInt(kinds.length)] : (char) random.nextInt();
      }
      CapturingResponse response = capture("UTF-8");
      response.getWriter().write(text);

      ByteBuffer expected =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .encode(CharBuffer.wrap(text));
      assertThat(response.body())
          .as("UTF-8 of %s", new String(text).codePoints().boxed().toList())
          .isEqualTo(Arrays.copyOf(expected.array(), expected.limit()));
    }
  }

  @Test
  void aBodyLargerThanTheFirstBufferIsKeptWhole() {
    CapturingResponse response = capture("UTF-8");
    PrintWriter writer = response.getWriter();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      String line = "<li>regel " + i + " – ‘" + i + "’</li>\n";
      writer.print(line);
      expected.append(line);
    }

    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
  }

  @Test
  void withoutCharsetTheBodyIsLatin1AndWhatItCannotHoldIsReplaced() {
    CapturingResponse response = capture(null);
    response.getWriter().write("één ‘x’");

    assertThat(response.body()).isEqualTo("één ?x?".getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void aResetBufferDropsWhatWasWritten() {
    CapturingResponse response = capture("UTF-8");
    response.getWriter().write("dropped");
    response.resetBuffer();
    response.getWriter().write("kept");

    assertThat(response.body()).isEqualTo("kept".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void bytesWrittenToTheStreamAreKeptAsWritten() throws Exception {
    CapturingResponse response = capture("UTF-8");
    byte[] bytes = {(byte) 0xC3, (byte) 0xA9, 0x00, (byte) 0xFF};
    response.getOutputStream().write(bytes, 0, bytes.length);

    assertThat(response.body()).isEqualTo(bytes);
    assertThatThrownBy(response::getWriter).isInstanceOf(IllegalStateException.class);
  }
}
