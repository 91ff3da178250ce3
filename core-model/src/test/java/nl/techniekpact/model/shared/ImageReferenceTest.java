package nl.techniekpact.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageReferenceTest {

  @Test
  void requiresAnAltText() {
    assertThatThrownBy(() -> ImageReference.of("/media/ans.jpg", " "))
        .isInstanceOf(MissingValueException.class)
        .hasMessage("altText is required but was \" \"");
    assertThatThrownBy(() -> ImageReference.of("/media/ans.jpg", null))
        .hasMessage("altText is required but was null");
  }

  @Test
  void requiresALocation() {
    assertThatThrownBy(() -> ImageReference.of("", "Ans Hekkenberg"))
        .hasMessage("location is required but was \"\"");
  }

  @Test
  void keepsLocationAndAltText() {
    ImageReference photo = ImageReference.of(" /media/ans.jpg ", "Ans Hekkenberg met een gadget");

    assertThat(photo.getLocation()).isEqualTo("/media/ans.jpg");
    assertThat(photo.getAltText()).isEqualTo("Ans Hekkenberg met een gadget");
    assertThat(photo)
        .isEqualTo(ImageReference.of("/media/ans.jpg", "Ans Hekkenberg met een gadget"));
  }
}
