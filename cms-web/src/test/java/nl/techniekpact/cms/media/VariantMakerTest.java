package nl.techniekpact.cms.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The variants: fitted into their boxes, never enlarged, upright, and without metadata. */
class VariantMakerTest {

  private static List<VariantImage> variantsOf(byte[] upload) {
    return VariantMaker.make(ImageDecoder.decode(upload, MediaLimits.defaults()));
  }

  @Test
  void largeLandscapeIsFittedIntoEachBoxWithItsProportions() {
    List<VariantImage> variants = variantsOf(TestImages.jpeg(4000, 2000));

    assertThat(variants)
        .extracting(v -> v.variant().urlName() + " " + v.width() + "x" + v.height())
        .containsExactly("thumbnail 320x160", "card 800x400", "hero 1920x960");
    for (VariantImage v : variants) {
      assertThat(TestImages.read(v.bytes()).getWidth()).isEqualTo(v.width());
      assertThat(v.mediaType()).isEqualTo("image/jpeg");
    }
  }

  @Test
  void smallImageIsNeverEnlarged() {
    List<VariantImage> variants = variantsOf(TestImages.png(300, 200, false));

    assertThat(variants).allSatisfy(v -> assertThat(v.width()).isLessThanOrEqualTo(300));
    assertThat(variants.get(2).width()).isEqualTo(300);
    assertThat(variants.get(0).width()).isEqualTo(300); // fits the 320 box already
  }

  @Test
  void opaquePngBecomesJpegAndTransparentPngStaysPng() {
    assertThat(variantsOf(TestImages.png(400, 400, false)))
        .allSatisfy(v -> assertThat(v.mediaType()).isEqualTo("image/jpeg"));
    assertThat(variantsOf(TestImages.png(400, 400, true)))
        .allSatisfy(
            v -> {
              assertThat(v.mediaType()).isEqualTo("image/png");
              assertThat(v.extension()).isEqualTo("png");
              assertThat(TestImages.read(v.bytes()).getColorModel().hasAlpha()).isTrue();
            });
  }

  @Test
  void exifIsStrippedAndTheTurnIsBakedIn() {
    byte[] upload = TestImages.withOrientation(TestImages.jpeg(1000, 500), 6);
    assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif");

    List<VariantImage> variants = variantsOf(upload);

    for (VariantImage v : variants) {
      assertThat(new String(v.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
      assertThat(ExifOrientation.of(v.bytes())).isEqualTo(ExifOrientation.UPRIGHT);
      assertThat(v.height()).isGreaterThan(v.width());
    }
  }
}
