package nl.techniekpact.cms.it.media;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.techniekpact.cms.it.ApiToken;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.Multipart;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import nl.techniekpact.cms.media.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The media library over HTTP against the real server and database: uploads checked by content, the
 * problems for each refusal, paging, removal refused while a case shows the image, who may do what,
 * and the serving headers of the variants. Every image a test uploads is removed after it.
 */
class MediaIT extends DeployedCms {

  private static final ApiToken EDITOR =
      ApiToken.of(SecurityITAccounts.EDITOR, SecurityITAccounts.PASSWORD);
  private static final ApiToken REGIONAL =
      ApiToken.of(SecurityITAccounts.REGIONAL_EDITOR, SecurityITAccounts.PASSWORD);
  private static final ApiToken PLUGIN_ADMIN =
      ApiToken.of(MediaITFixture.PLUGIN_ADMIN, SecurityITAccounts.PASSWORD);
  private static final ApiToken ADMIN = ApiToken.of("admin", SecurityITAccounts.ADMIN_PASSWORD);

  private final List<String> uploaded = new ArrayList<>();

  @AfterEach
  void removeUploads() throws Exception {
    for (String location : uploaded) {
      send(request(location.substring(1)).header("Authorization", ADMIN.header()).DELETE().build());
    }
  }

  private HttpResponse<String> upload(
      String authorization, String fileName, String type, byte[] file, String... fields)
      throws Exception {
    Multipart form = Multipart.form("file", fileName, type, file, fields);
    HttpRequest.Builder request =
        request("api/v1/media")
            .header("Content-Type", form.contentType())
            .header("Accept-Language", "en")
            .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<String> response = send(request.build());
    response.headers().firstValue("Location").ifPresent(l -> uploaded.add(pathOf(l)));
    return response;
  }

  private static String pathOf(String location) {
    return location.startsWith("http") ? java.net.URI.create(location).getPath() : location;
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
    HttpRequest.Builder request = request(path.substring(1)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void editorUploadsAnImageAndItsVariantsAreServedForever() throws Exception {
    byte[] jpeg = TestImages.withOrientation(TestImages.jpeg(1200, 600), 6);

    HttpResponse<String> created =
        upload(
            EDITOR.header(),
            "klas.jpg",
            "image/jpeg",
            jpeg,
            "altText",
            "Leerlingen bouwen een robot",
            "altTextEn",
            "Pupils building a robot");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = pathOf(created.headers().firstValue("Location").orElseThrow());
    assertThat(location).matches("/api/v1/media/[0-9]+");
    JsonObject image = json(created);
    assertThat(image.getJsonObject("altText").getString("nl"))
        .isEqualTo("Leerlingen bouwen een robot");
    assertThat(image.getJsonObject("altText").getString("en")).isEqualTo("Pupils building a robot");
    assertThat(image.getString("uploadedBy")).isEqualTo(SecurityITAccounts.EDITOR);
    assertThat(image.getInt("width")).as("upright").isEqualTo(600);
    assertThat(image.getInt("height")).isEqualTo(1200);

    HttpResponse<String> read =
        send(
            request(location.substring(1))
                .header("Authorization", REGIONAL.header())
                .GET()
                .build());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json(read).getJsonArray("usedBy")).isEmpty();

    for (var variant : image.getJsonArray("variants").getValuesAs(JsonObject.class)) {
      String path = variant.getString("location");
      HttpResponse<byte[]> served = getBytes(path); // anonymous: public pages show them
      assertThat(served.statusCode()).as(path).isEqualTo(200);
      assertThat(served.headers().firstValue("Content-Type")).contains("image/jpeg");
      assertThat(served.headers().firstValue("Cache-Control"))
          .contains("public, max-age=31536000, immutable");
      assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(served.headers().firstValue("X-Cache"))
          .as("not a page for the page cache")
          .isEmpty();
      String etag = served.headers().firstValue("ETag").orElseThrow();
      var decoded = TestImages.read(served.body());
      assertThat(decoded.getWidth()).isEqualTo(variant.getInt("width"));
      assertThat(decoded.getHeight()).as("turned upright").isGreaterThan(decoded.getWidth());
      assertThat(new String(served.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");

      HttpResponse<byte[]> again = getBytes(path, "If-None-Match", etag);
      assertThat(again.statusCode()).isEqualTo(304);
      assertThat(again.body()).isEmpty();
    }
  }

  @Test
  void pngNamedJpgIsStoredAsPngAndTransparencyKept() throws Exception {
    HttpResponse<String> created =
        upload(
            EDITOR.header(),
            "logo.jpg",
            "image/jpeg",
            TestImages.png(200, 100, true),
            "altText",
            "Logo");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject image = json(created);
    assertThat(image.getString("format")).isEqualTo("PNG");
    String thumbnail = image.getJsonArray("variants").getJsonObject(0).getString("location");
    assertThat(thumbnail).endsWith("/thumbnail.png");
    assertThat(getBytes(thumbnail).headers().firstValue("Content-Type")).contains("image/png");
    assertThat(getBytes(thumbnail.replace(".png", ".jpg")).statusCode()).isEqualTo(404);
  }

  @Test
  void textFileNamedPngIsRefusedWith415() throws Exception {
    HttpResponse<String> refused =
        upload(
            EDITOR.header(),
            "photo.png",
            "image/png",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                .getBytes(StandardCharsets.UTF_8),
            "altText",
            "Een foto");

    assertThat(refused.statusCode()).isEqualTo(415);
    assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonObject problem = json(refused);
    assertThat(problem.getString("type")).isEqualTo("urn:techniekpact:problem:image-unsupported");
    assertThat(problem.getString("detail")).contains("text").contains("not a JPEG, PNG or WebP");
  }

  @Test
  void truncatedImageIsRefusedWith415() throws Exception {
    HttpResponse<String> refused =
        upload(
            EDITOR.header(),
            "half.jpg",
            "image/jpeg",
            TestImages.truncated(TestImages.jpeg(600, 400), 0.5),
            "altText",
            "Een halve foto");

    assertThat(refused.statusCode()).isEqualTo(415);
    assertThat(json(refused).getString("detail")).contains("damaged or incomplete");
  }

  @Test
  void missingAltTextIsRefusedWith422NamingTheField() throws Exception {
    HttpResponse<String> refused =
        upload(
            EDITOR.header(),
            "klas.jpg",
            "image/jpeg",
            TestImages.jpeg(100, 100),
            "altTextEn",
            "A class");

    assertThat(refused.statusCode()).isEqualTo(422);
    JsonObject problem = json(refused);
    assertThat(problem.getString("type")).isEqualTo("urn:techniekpact:problem:media-invalid");
    assertThat(problem.getString("field")).isEqualTo("altText");
    assertThat(problem.getString("title")).isEqualTo("Alternative text missing or invalid");
  }

  @Test
  void fileOverTheMediaLimitIsRefusedWith413() throws Exception {
    byte[] big = Arrays.copyOf(TestImages.jpeg(100, 100), 50_000); // over cms.media.max-bytes

    HttpResponse<String> refused =
        upload(EDITOR.header(), "groot.jpg", "image/jpeg", big, "altText", "Een grote foto");

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(json(refused).getString("type"))
        .isEqualTo("urn:techniekpact:problem:image-too-large");
  }

  @Test
  void decompressionBombIsRefusedWith413() throws Exception {
    HttpResponse<String> refused =
        upload(
            EDITOR.header(),
            "bom.png",
            "image/png",
            TestImages.pngClaiming(60_000, 60_000),
            "altText",
            "Een bom");

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(json(refused).getString("detail")).contains("60000 × 60000");
  }

  @Test
  void sameImageTwiceIsRefusedWith409NamingTheFirst() throws Exception {
    byte[] jpeg = TestImages.jpeg(300, 200);
    HttpResponse<String> first =
        upload(EDITOR.header(), "a.jpg", "image/jpeg", jpeg, "altText", "Eerste");

    HttpResponse<String> second =
        upload(REGIONAL.header(), "b.jpg", "image/jpeg", jpeg, "altText", "Tweede");

    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(json(second).getJsonNumber("existing").longValue())
        .isEqualTo(json(first).getJsonNumber("id").longValue());
  }

  @Test
  void anonymousCallersGet401AndPluginAdministrators403() throws Exception {
    byte[] jpeg = TestImages.jpeg(120, 100);

    HttpResponse<String> anonymous = upload(null, "a.jpg", "image/jpeg", jpeg, "altText", "Foto");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(
            upload(PLUGIN_ADMIN.header(), "a.jpg", "image/jpeg", jpeg, "altText", "Foto")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            send(request("api/v1/media")
                    .header("Authorization", PLUGIN_ADMIN.header())
                    .GET()
                    .build())
                .statusCode())
        .isEqualTo(403);
    assertThat(get("api/v1/media").statusCode()).isEqualTo(401);
  }

  @Test
  void listIsPagedAndFilteredByAltText() throws Exception {
    upload(
        EDITOR.header(),
        "x.jpg",
        "image/jpeg",
        TestImages.jpeg(90, 60),
        "altText",
        "Lijsttest een");
    upload(
        EDITOR.header(),
        "y.jpg",
        "image/jpeg",
        TestImages.jpeg(91, 60),
        "altText",
        "Lijsttest twee");

    HttpResponse<String> page =
        send(
            request("api/v1/media?q=lijsttest&size=1&page=2")
                .header("Authorization", REGIONAL.header())
                .GET()
                .build());

    assertThat(page.statusCode()).isEqualTo(200);
    JsonObject body = json(page);
    assertThat(body.getInt("total")).isEqualTo(2);
    assertThat(body.getInt("totalPages")).isEqualTo(2);
    assertThat(body.getJsonArray("items").getJsonObject(0).getJsonObject("altText").getString("nl"))
        .isEqualTo("Lijsttest een"); // newest first: page 2 holds the older one
    assertThat(page.headers().allValues("Link").toString()).contains("rel=\"prev\"");
    assertThat(
            send(request("api/v1/media?size=500")
                    .header("Authorization", EDITOR.header())
                    .GET()
                    .build())
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void imageShownByACaseIsNotRemovedAndOneNothingShowsIs() throws Exception {
    HttpResponse<String> list =
        send(
            request(
                    "api/v1/media?q="
                        + java.net.URLEncoder.encode("Media-IT", StandardCharsets.UTF_8))
                .header("Authorization", EDITOR.header())
                .GET()
                .build());
    long used = json(list).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

    HttpResponse<String> refused =
        send(
            request("api/v1/media/" + used)
                .header("Authorization", EDITOR.header())
                .DELETE()
                .build());

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(json(refused).getJsonArray("usedBy").getString(0))
        .isEqualTo("case:" + MediaITFixture.CASE);
    assertThat(
            json(send(
                    request("api/v1/media/" + used)
                        .header("Authorization", EDITOR.header())
                        .GET()
                        .build()))
                .getJsonArray("usedBy")
                .getString(0))
        .isEqualTo("case:" + MediaITFixture.CASE);

    HttpResponse<String> created =
        upload(
            REGIONAL.header(), "weg.jpg", "image/jpeg", TestImages.jpeg(70, 70), "altText", "Weg");
    String card = json(created).getString("location");
    String path = pathOf(created.headers().firstValue("Location").orElseThrow());
    assertThat(
            send(request(path.substring(1))
                    .header("Authorization", EDITOR.header())
                    .DELETE()
                    .build())
                .statusCode())
        .isEqualTo(204);
    assertThat(getBytes(card).statusCode()).isEqualTo(404);
    assertThat(
            send(request(path.substring(1)).header("Authorization", EDITOR.header()).GET().build())
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void regionalEditorCannotRemoveAnotherEditorsImage() throws Exception {
    HttpResponse<String> created =
        upload(
            EDITOR.header(),
            "eva.jpg",
            "image/jpeg",
            TestImages.jpeg(80, 70),
            "altText",
            "Van Eva");
    String path = pathOf(created.headers().firstValue("Location").orElseThrow());

    HttpResponse<String> refused =
        send(
            request(path.substring(1)).header("Authorization", REGIONAL.header()).DELETE().build());

    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void alternativeTextsChangeWithIfMatchAndTheChangeIsAudited() throws Exception {
    HttpResponse<String> created =
        upload(
            EDITOR.header(),
            "lab.jpg",
            "image/jpeg",
            TestImages.jpeg(90, 70),
            "altText",
            "Een lab");
    String path = pathOf(created.headers().firstValue("Location").orElseThrow()).substring(1);
    String etag = created.headers().firstValue("ETag").orElseThrow();
    String texts = "{\"altText\":\"Leerlingen in het lab\",\"altTextEn\":\"Pupils in the lab\"}";

    HttpResponse<String> withoutIfMatch = describe(path, EDITOR.header(), null, texts);
    HttpResponse<String> changed = describe(path, EDITOR.header(), etag, texts);
    HttpResponse<String> stale = describe(path, EDITOR.header(), etag, "{\"altText\":\"Oud\"}");
    HttpResponse<String> invalid =
        describe(path, EDITOR.header(), changed.headers().firstValue("ETag").orElseThrow(), "{}");
    HttpResponse<String> otherRegion =
        describe(
            path, REGIONAL.header(), changed.headers().firstValue("ETag").orElseThrow(), texts);

    assertThat(withoutIfMatch.statusCode()).isEqualTo(428);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag")).hasValue("\"v2\"");
    assertThat(json(changed).getJsonObject("altText").getString("nl"))
        .isEqualTo("Leerlingen in het lab");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(stale).getString("altText")).isEqualTo("Leerlingen in het lab");
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(otherRegion.statusCode()).isEqualTo(403);
    HttpResponse<String> read =
        send(request(path).header("Authorization", EDITOR.header()).GET().build());
    assertThat(read.headers().firstValue("ETag")).hasValue("\"v2\"");
    assertThat(json(read).getJsonObject("altText").getString("en")).isEqualTo("Pupils in the lab");
    String key = json(read).getString("location").split("/")[2];
    HttpResponse<String> audit =
        send(
            request("api/v1/audit?type=media&item=" + key)
                .header("Authorization", EDITOR.header())
                .GET()
                .build());
    assertThat(audit.body()).contains("\"action\":\"create\"").contains("\"action\":\"update\"");
  }

  private static HttpResponse<String> describe(
      String path, String authorization, String ifMatch, String body) throws Exception {
    HttpRequest.Builder request =
        request(path)
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request.build());
  }

  @Test
  void unknownMediaPathsAre404() throws Exception {
    assertThat(getBytes("/media/0123456789abcdef0123/card.jpg").statusCode()).isEqualTo(404);
    assertThat(getBytes("/media/0123456789abcdef0123/..%2Fhero.jpg").statusCode()).isIn(400, 404);
    assertThat(getBytes("/media/0123456789ABCDEF0123/card.jpg").statusCode()).isEqualTo(404);
    assertThat(getBytes("/media/0123456789abcdef0123/original.jpg").statusCode()).isEqualTo(404);
  }
}
