package nl.techniekpact.cms.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GzipCodingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "gzip, deflate, br, zstd | true",
        "GZIP | true",
        "br;q=1.0, gzip;q=0.5 | true",
        "x-gzip | true",
        "gzip;q=0 | false",
        "gzip; q=0.000, br | false",
        "gzip;q=nonsense | false",
        "deflate, br | false",
        "* | false",
        "identity | false",
        "'' | false"
      })
  void acceptsGzipOnlyWhenTheClientNamesItWithAQualityAboveZero(String header, boolean accepted) {
    assertThat(GzipCoding.accepts(header)).as(header).isEqualTo(accepted);
  }

  @Test
  void noHeaderIsNoGzip() {
    assertThat(GzipCoding.accepts(null)).isFalse();
  }

  @Test
  void aPageIsCompressedToBytesThatInflateToItAndASmallOneIsLeftAsItIs() throws IOException {
    byte[] page =
        ("<main>"
                + "<h2>Doel</h2><p>Meer jongeren kiezen voor techniek.</p>".repeat(60)
                + "</main>")
            .getBytes(StandardCharsets.UTF_8);

    byte[] compressed = GzipCoding.compress(page);

    assertThat(compressed).isNotNull();
    assertThat(compressed.length).isLessThan(page.length / 10);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      assertThat(in.readAllBytes()).isEqualTo(page);
    }
    assertThat(GzipCoding.compress(new byte[GzipCoding.MINIMUM_SIZE - 1])).isNull();
  }

  @Test
  void bytesThatDoNotShrinkAreLeftAsTheyAre() {
    byte[] random = new byte[4096];
    new java.util.Random(7).nextBytes(random);

    assertThat(GzipCoding.compress(random)).isNull();
  }
}
