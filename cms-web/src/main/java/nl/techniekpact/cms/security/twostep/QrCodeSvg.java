package nl.techniekpact.cms.security.twostep;

import io.nayuki.qrcodegen.QrCode;
import nl.techniekpact.plugin.api.Html;

/**
 * A QR code drawn as an SVG image, to put in a page as it is: one path of black squares on white,
 * with a quiet zone of four modules, scaled by the page's CSS. No image file and no script, so the
 * page's content security policy needs nothing more.
 */
public final class QrCodeSvg {

  private static final int QUIET_ZONE = 4;

  private QrCodeSvg() {}

  /**
   * The SVG of {@code text} as a QR code (error correction level M).
   *
   * @param label the image's accessible name ({@code aria-label}); escaped here
   */
  public static String of(String text, String label) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int size = qr.size + 2 * QUIET_ZONE;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M')
              .append(x + QUIET_ZONE)
              .append(',')
              .append(y + QUIET_ZONE)
              .append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" aria-label=\""
        + Html.escape(label)
        + "\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }
}
