package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The site's style sheet is linked at an address that names the hash of what is served there. */
class ResourceAddressesIT extends DeployedCms {

  private static final Pattern STYLE_SHEET =
      Pattern.compile(
          "href=\"/(jakarta\\.faces\\.resource/css/site\\.css\\.xhtml\\?h=([0-9a-f]+))\"");

  @Test
  void styleSheetAddressCarriesTheHashOfTheServedStyleSheet() throws Exception {
    Matcher link = STYLE_SHEET.matcher(get("").body());
    assertThat(link.find()).as("a link to the style sheet with its hash").isTrue();

    HttpResponse<byte[]> css =
        send(
            request(link.group(1)).header("Accept-Encoding", "identity").GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css");
    String served =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(css.body()));
    assertThat(link.group(2)).hasSize(12);
    assertThat(served).startsWith(link.group(2));
  }
}
