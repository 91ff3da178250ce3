package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Style sheets and scripts go gzipped to clients that ask for it; pages that are not kept and API
 * answers never do (BREACH), whatever the client asks.
 */
class CompressionIT extends DeployedCms {

  private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
    return send(
        request(path).header("Accept-Encoding", acceptEncoding).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "/{0}")
  @ValueSource(
      strings = {
        "jakarta.faces.resource/css/site.css.xhtml",
        "jakarta.faces.resource/components.css.xhtml?ln=primefaces",
        "jakarta.faces.resource/jquery/jquery.js.xhtml?ln=primefaces",
        "resources/css/site.css"
      })
  void styleSheetsAndScriptsAreGzippedForClientsThatAskAndPlainForOthers(String path)
      throws Exception {
    HttpResponse<byte[]> gzipped = get(path, "gzip, deflate, br");
    HttpResponse<byte[]> plain = get(path, "identity");

    assertThat(gzipped.statusCode()).isEqualTo(200);
    assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gzipped.headers().allValues("Vary")).contains("Accept-Encoding");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(plain.headers().allValues("Vary")).contains("Accept-Encoding");
    String text = new String(plain.body(), StandardCharsets.UTF_8);
    assertThat(gunzip(gzipped.body())).isEqualTo(text);
    assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
  }

  @Test
  void pagesThatAreNotKeptAndApiAnswersAreNeverCompressed() throws Exception {
    // the sign-in page carries a form token: never compressed
    HttpResponse<byte[]> login = get("login.xhtml", "gzip");
    HttpResponse<byte[]> api = get("api/v1/cases", "gzip");

    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(new String(login.body(), StandardCharsets.UTF_8)).contains("<form");
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(new String(api.body(), StandardCharsets.UTF_8)).contains("make-it-move");
  }
}
