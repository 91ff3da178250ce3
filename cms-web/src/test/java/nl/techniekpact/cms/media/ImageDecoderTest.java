package nl.techniekpact.cms.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import nl.techniekpact.cms.media.MediaRefusedException.Reason;
import nl.techniekpact.cms.web.ErrorKind;
import org.junit.jupiter.api.Test;

/** Type sniffing and decoding: by content, never by name; hostile files refused with a reason. */
class ImageDecoderTest {

  private static final MediaLimits LIMITS = MediaLimits.defaults();

  @Test
  void pngRenamedToJpgIsRecognisedAsPngByItsBytes() {
    byte[] png = TestImages.png(40, 30, false); // whatever the upload was called

    assertThat(ImageSniffer.sniff(png)).contains(ImageFormat.PNG);
    DecodedImage image = ImageDecoder.decode(png, LIMITS);
    assertThat(image.format()).isEqualTo(ImageFormat.PNG);
    assertThat(image.width()).isEqualTo(40);
    assertThat(image.height()).isEqualTo(30);
  }

  @Test
  void jpegAndWebpDecode() {
    assertThat(ImageDecoder.decode(TestImages.jpeg(64, 48), LIMITS).format())
        .isEqualTo(ImageFormat.JPEG);
    DecodedImage webp = ImageDecoder.decode(TestImages.WEBP_1X1, LIMITS);
    assertThat(webp.format()).isEqualTo(ImageFormat.WEBP);
    assertThat(webp.width()).isEqualTo(1);
  }

  @Test
  void textFileNamedPngIsRefusedAsNotAnImage() {
    byte[] text = "<svg onload=alert(1)>hello</svg>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ImageDecoder.decode(text, LIMITS))
        .isInstanceOfSatisfying(
            MediaRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.NOT_AN_IMAGE);
              assertThat(e.kind()).isEqualTo(ErrorKind.IMAGE_UNSUPPORTED);
              assertThat(e.kind().status()).isEqualTo(415);
            })
        .hasMessageContaining("text")
        .hasMessageContaining("not a JPEG, PNG or WebP");
  }

  @Test
  void gifIsNamedInTheRefusal() {
    byte[] gif = TestImages.encode(TestImages.halves(4, 4, false), "gif");

    assertThatThrownBy(() -> ImageDecoder.decode(gif, LIMITS)).hasMessageContaining("a GIF image");
  }

  @Test
  void truncatedJpegIsRefusedAsUnreadable() {
    byte[] cut = TestImages.truncated(TestImages.jpeg(400, 300), 0.5);

    assertThat(ImageSniffer.sniff(cut)).contains(ImageFormat.JPEG);
    assertThatThrownBy(() -> ImageDecoder.decode(cut, LIMITS))
        .isInstanceOfSatisfying(
            MediaRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE))
        .hasMessageContaining("damaged or incomplete");
  }

  @Test
  void truncatedPngIsRefusedAsUnreadable() {
    byte[] cut = TestImages.truncated(TestImages.png(400, 300, false), 0.6);

    assertThatThrownBy(() -> ImageDecoder.decode(cut, LIMITS))
        .isInstanceOfSatisfying(
            MediaRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
  }

  @Test
  void hugeDimensionBombIsRefusedFromItsHeaderBeforeDecoding() {
    byte[] bomb = TestImages.pngClaiming(100_000, 100_000); // 10^10 pixels in a few hundred bytes

    assertThat(bomb.length).isLessThan(1000);
    assertThatThrownBy(() -> ImageDecoder.decode(bomb, LIMITS))
        .isInstanceOfSatisfying(
            MediaRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_PIXELS);
              assertThat(e.kind().status()).isEqualTo(413);
            })
        .hasMessageContaining("100000 × 100000");
  }

  @Test
  void pixelLimitIsConfigurable() {
    byte[] png = TestImages.png(200, 200, false);

    assertThatThrownBy(() -> ImageDecoder.decode(png, new MediaLimits(1_000_000, 39_999)))
        .hasMessageContaining("200 × 200");
    assertThat(ImageDecoder.decode(png, new MediaLimits(1_000_000, 40_000)).width()).isEqualTo(200);
  }

  @Test
  void exifOrientationSixIsTurnedUpright() {
    // stored 200 wide, 100 high, red left; "turn 90° clockwise to view": red on top, 100 × 200
    byte[] jpeg = TestImages.withOrientation(TestImages.jpeg(200, 100), 6);

    assertThat(ExifOrientation.of(jpeg)).isEqualTo(6);
    DecodedImage image = ImageDecoder.decode(jpeg, LIMITS);
    assertThat(image.width()).isEqualTo(100);
    assertThat(image.height()).isEqualTo(200);
    assertThat(isRed(image.pixels().getRGB(50, 20))).as("top is red").isTrue();
    assertThat(isRed(image.pixels().getRGB(50, 180))).as("bottom is blue").isFalse();
  }

  @Test
  void exifOrientationEightTurnsTheOtherWay() {
    byte[] jpeg = TestImages.withOrientation(TestImages.jpeg(200, 100), 8);

    DecodedImage image = ImageDecoder.decode(jpeg, LIMITS);
    assertThat(image.width()).isEqualTo(100);
    assertThat(isRed(image.pixels().getRGB(50, 180))).as("bottom is red").isTrue();
  }

  @Test
  void exifOrientationThreeTurnsHalfway() {
    DecodedImage image =
        ImageDecoder.decode(TestImages.withOrientation(TestImages.jpeg(200, 100), 3), LIMITS);

    assertThat(image.width()).isEqualTo(200);
    assertThat(isRed(image.pixels().getRGB(180, 50))).as("right is red").isTrue();
  }

  @Test
  void transparencyIsDetectedOnlyWhenAPixelIsNotOpaque() {
    assertThat(ImageDecoder.decode(TestImages.png(50, 50, true), LIMITS).transparent()).isTrue();
    assertThat(ImageDecoder.decode(TestImages.png(50, 50, false), LIMITS).transparent()).isFalse();
  }

  private static boolean isRed(int rgb) {
    Color c = new Color(rgb);
    return c.getRed() > 200 && c.getBlue() < 60;
  }
}
