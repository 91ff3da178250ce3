package nl.techniekpact.cms.it.search;

import static nl.techniekpact.cms.it.search.SearchResourceIT.keys;
import static nl.techniekpact.cms.it.search.SearchResourceIT.search;
import static nl.techniekpact.cms.it.search.SearchResourceIT.settled;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The search index kept on disk across restarts: a restart reads again only the cases that changed
 * while the index was closed (as on a node that was down and missed the changes) and removes the
 * ones no longer visible; an index whose files are damaged is rebuilt from the database. The
 * restart is the fixture's: the index closed and opened again from its directory in the running
 * server.
 */
class SearchIndexRestartIT extends DeployedCms {

  private static final String PREFIX = "search-restart-it-";
  private static final List<String> CASES =
      List.of("changed", "withdrawn", "removed", "deleted", "kept", "added").stream()
          .map(name -> PREFIX + name)
          .toList();

  @AfterAll
  static void removeTheCases() throws Exception {
    for (String slug : CASES) {
      send(request("api/v1/it-fixtures/search/cases/" + slug).DELETE().build());
    }
    settled();
  }

  @Test
  void aRestartReadsOnlyWhatChangedWhileTheIndexWasClosed() throws Exception {
    for (String slug : CASES.subList(0, 5)) {
      put(slug, "published", "Roerdomp " + word(slug), false);
    }
    settled();
    assertThat(keys(search("q=roerdomp&size=100"))).containsAll(CASES.subList(0, 5));
    restart(null); // whatever other fixtures wrote without an event is read now

    put(PREFIX + "changed", "published", "Roerdomp grutto", true);
    put(PREFIX + "withdrawn", "draft", "Roerdomp " + word(PREFIX + "withdrawn"), true);
    send(
        request("api/v1/it-fixtures/search/cases/" + PREFIX + "removed?quiet=true")
            .DELETE()
            .build());
    put(PREFIX + "deleted", "deleted", "Roerdomp " + word(PREFIX + "deleted"), true);
    put(PREFIX + "added", "published", "Roerdomp " + word(PREFIX + "added"), true);
    assertThat(keys(search("q=grutto"))).as("not seen before the restart").isEmpty();

    Map<String, String> update = restart(null);

    assertThat(update)
        .containsEntry("opening", "KEPT")
        .containsEntry("read", "2")
        .containsEntry("removed", "3");
    assertThat(Integer.parseInt(update.get("unchanged"))).isPositive();
    assertThat(keys(search("q=grutto"))).containsExactly(PREFIX + "changed");
    assertThat(keys(search("q=roerdomp&size=100")))
        .contains(PREFIX + "changed", PREFIX + "kept", PREFIX + "added")
        .doesNotContain(PREFIX + "withdrawn", PREFIX + "removed", PREFIX + "deleted");
    assertThat(keys(search("q=" + word(PREFIX + "changed")))).as("the old title").isEmpty();
  }

  @Test
  void aDamagedIndexIsRebuiltFromTheDatabase() throws Exception {
    put(PREFIX + "kept", "published", "Roerdomp " + word(PREFIX + "kept"), false);
    settled();
    int before = search("q=scholen&size=100").getInt("total");

    Map<String, String> update = restart("corrupt");

    assertThat(update).containsEntry("opening", "CORRUPT").containsEntry("unchanged", "0");
    assertThat(Integer.parseInt(update.get("read"))).isGreaterThanOrEqualTo(9);
    assertThat(search("q=scholen&size=100").getInt("total")).isEqualTo(before);
    assertThat(keys(search("q=scholen"))).contains("de-maakotheek-ontzorgt-scholen");
    assertThat(keys(search("q=" + word(PREFIX + "kept")))).containsExactly(PREFIX + "kept");
    assertThat(restart(null)).as("the rebuilt index is kept").containsEntry("opening", "KEPT");
  }

  /** A word of one case only: its name spelled as a bird's. */
  private static String word(String slug) {
    return "vogel" + slug.substring(PREFIX.length());
  }

  private static void put(String slug, String state, String title, boolean quiet) throws Exception {
    HttpResponse<String> response =
        send(
            request(
                    "api/v1/it-fixtures/search/cases/"
                        + slug
                        + "?state="
                        + state
                        + "&nl="
                        + URLEncoder.encode(title, StandardCharsets.UTF_8)
                        + (quiet ? "&quiet=true" : ""))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static Map<String, String> restart(String damage) throws Exception {
    HttpResponse<String> response =
        send(
            request(
                    "api/v1/it-fixtures/search/restart"
                        + (damage == null ? "" : "?damage=" + damage))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).startsWith("opening=");
    Map<String, String> values = new HashMap<>();
    for (String pair : response.body().split(" ")) {
      String[] parts = pair.split("=", 2);
      values.put(parts[0], parts[1]);
    }
    return values;
  }
}
