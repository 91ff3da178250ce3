package nl.techniekpact.cms.security.twostep;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import org.junit.jupiter.api.Test;

class QrCodeSvgTest {

  @Test
  void theSvgIsAnImageWithItsNameEscapedAndOneSquarePerDarkModuleInAQuietZone() {
    String text = "otpauth://totp/Techniekpact%20CMS:eva?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int dark = 0;
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        dark += qr.getModule(x, y) ? 1 : 0;
      }
    }

    String svg = QrCodeSvg.of(text, "QR-code voor <Techniekpact & co>");

    assertThat(svg)
        .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("role=\"img\"")
        .contains("aria-label=\"QR-code voor &lt;Techniekpact &amp; co&gt;\"")
        .contains("viewBox=\"0 0 " + (qr.size + 8) + " " + (qr.size + 8) + "\"")
        .endsWith("</svg>");
    assertThat(svg.split("h1v1h-1z", -1)).hasSize(dark + 1);
    assertThat(svg)
        .contains("M4,4h1v1h-1z")
        .as("the finder pattern's corner, inside the quiet zone");
  }
}
