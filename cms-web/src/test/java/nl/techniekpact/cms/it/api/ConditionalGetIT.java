package nl.techniekpact.cms.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every successful read of the API has an ETag, answers 304 to a matching If-None-Match. */
class ConditionalGetIT extends DeployedCms {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "api/v1/cases?size=2&page=2",
        "api/v1/cases/make-it-move",
        "api/v1/regions",
        "api/v1/regions/zuid-nederland",
        "api/v1/ambassadors/andre-kuipers",
        "api/v1/organisations?region=zuid-nederland",
        "api/v1/goals"
      })
  void aRepeatedReadHasTheSameEtagAndIfNoneMatchGives304WithoutBody(String path) throws Exception {
    HttpResponse<String> first = get(path);
    HttpResponse<String> second = get(path);

    assertThat(first.statusCode()).isEqualTo(200);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).matches("\"[A-Za-z0-9_-]+\"");
    assertThat(second.headers().firstValue("ETag")).hasValue(etag);
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");

    HttpResponse<String> notModified = send(request(path).header("If-None-Match", etag).build());

    assertThat(notModified.statusCode()).isEqualTo(304);
    assertThat(notModified.body()).isEmpty();
    assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
    assertThat(notModified.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"stale\"", "W/\"stale\""})
  void aStaleEtagGetsTheFullRepresentation(String stale) throws Exception {
    HttpResponse<String> response =
        send(request("api/v1/cases").header("If-None-Match", stale).build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"items\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"api/v1/cases?level=vo", "api/v1/cases?page=2&size=2"})
  void differentRepresentationsHaveDifferentEtags(String path) throws Exception {
    String all = get("api/v1/cases").headers().firstValue("ETag").orElseThrow();

    assertThat(get(path).headers().firstValue("ETag")).isPresent().get().isNotEqualTo(all);
  }

  @ParameterizedTest
  @ValueSource(strings = {"api/v1/cases/bestaat-niet", "api/v1/cases?size=1000"})
  void problemsHaveNoEtagAndAreNotCachedPublicly(String path) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isBetween(400, 499);
    assertThat(response.headers().firstValue("ETag")).isEmpty();
    assertThat(response.headers().firstValue("Cache-Control"))
        .isNotEqualTo(java.util.Optional.of("public, max-age=60"));
  }
}
