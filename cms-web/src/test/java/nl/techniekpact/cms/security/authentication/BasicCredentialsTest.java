package nl.techniekpact.cms.security.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

  @Test
  void decodesUsernameAndPasswordWithColonsInThePassword() {
    String token = encode("admin:pa:ss wörd");

    assertThat(CmsAuthenticationMechanism.decodeBasic(token))
        .containsExactly("admin", "pa:ss wörd");
  }

  @Test
  void malformedTokensAreNull() {
    assertThat(CmsAuthenticationMechanism.decodeBasic("%%%not-base64")).isNull();
    assertThat(CmsAuthenticationMechanism.decodeBasic(encode("no-colon"))).isNull();
  }

  private static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
