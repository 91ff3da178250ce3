package nl.techniekpact.cms.it.backoffice;

import static nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.FormClient;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The organisation screens ({@code /beheer/organisations/}) with a real session and ViewState: a
 * national editor creates an organisation that the public API then shows, a second editor's save
 * gets the conflict with the other change beside theirs, an organisation that cases name cannot be
 * removed (the message names the cases), invalid input is refused beside its field, and regional
 * editors are refused the screens on the server. What it makes, it removes.
 */
class OrganisationScreensIT extends DeployedCms {

  private static final List<String> MADE = new ArrayList<>();

  private static FormClient editor() throws Exception {
    return new FormClient().signIn(SecurityITAccounts.EDITOR, PASSWORD);
  }

  @AfterAll
  static void removeWhatWasMade() throws Exception {
    FormClient editor = editor();
    for (String slug : MADE) {
      Document page = editor.page("beheer/organisations/edit.xhtml?slug=" + slug);
      if (page.selectFirst("button[name='organisation:remove']") != null) {
        editor.submit(page.selectFirst("form#organisation"), Map.of("organisation:remove", ""));
      }
    }
  }

  private static String uniqueSlug() {
    String slug = "bo-org-" + UUID.randomUUID().toString().substring(0, 8);
    MADE.add(slug);
    return slug;
  }

  private static HttpResponse<String> create(FormClient client, String slug, String name)
      throws Exception {
    Document form = client.page("beheer/organisations/edit.xhtml");
    Map<String, String> values = new HashMap<>();
    values.put("organisation:slug", slug);
    values.put("organisation:name", name);
    values.put("organisation:kind", "ONDERWIJS");
    values.put("organisation:region", "zuid-nederland");
    values.put("organisation:website", "https://www.example.org/" + slug);
    values.put("organisation:save", "");
    return client.submit(form.selectFirst("form#organisation"), values);
  }

  private static HttpResponse<String> saveName(FormClient client, Document page, String name)
      throws Exception {
    return client.submit(
        page.selectFirst("form#organisation"),
        Map.of("organisation:name", name, "organisation:save", ""));
  }

  @Test
  void editorCreatesAnOrganisationThatTheListAndThePublicApiShow() throws Exception {
    FormClient editor = editor();
    String slug = uniqueSlug();

    HttpResponse<String> created = create(editor, slug, "Techniekschool " + slug);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    Document page = editor.page("beheer/organisations/edit.xhtml?slug=" + slug);
    assertThat(page.select("#messages").text()).contains(slug);
    assertThat(page.select("[id='organisation:name']").attr("value"))
        .isEqualTo("Techniekschool " + slug);
    assertThat(get("api/v1/organisations/" + slug).body())
        .contains("\"kind\":\"ONDERWIJS\"")
        .contains("\"region\":\"zuid-nederland\"");
    Document list = editor.page("beheer/organisations/index.xhtml");
    assertThat(list.select("a.organisation-link").eachText()).isNotEmpty();
  }

  @Test
  void theSecondEditorGetsAConflictShowingTheOtherChangeAndNothingIsOverwritten() throws Exception {
    FormClient first = editor();
    FormClient second = editor();
    String slug = uniqueSlug();
    create(first, slug, "Oorspronkelijke naam");
    Document firstPage = first.page("beheer/organisations/edit.xhtml?slug=" + slug);
    Document secondPage = second.page("beheer/organisations/edit.xhtml?slug=" + slug);

    assertThat(saveName(first, firstPage, "Naam van de eerste").statusCode()).isEqualTo(302);
    HttpResponse<String> conflict = saveName(second, secondPage, "Naam van de tweede");

    assertThat(conflict.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(conflict.body());
    assertThat(page.select("#conflict")).hasSize(1);
    assertThat(page.select("#conflict-changes tr[data-field=name] .theirs").text())
        .isEqualTo("Naam van de eerste");
    assertThat(page.select("#conflict-changes tr[data-field=name] .mine").text())
        .isEqualTo("Naam van de tweede");
    assertThat(page.select("#conflict-changes tr[data-field=name] th").text()).isEqualTo("Naam");
    assertThat(get("api/v1/organisations/" + slug).body()).contains("Naam van de eerste");
  }

  @Test
  void anOrganisationThatCasesNameIsNotRemovedAndTheMessageSaysWhy() throws Exception {
    FormClient editor = editor();
    Document page = editor.page("beheer/organisations/edit.xhtml?slug=friesland-college");

    HttpResponse<String> refused =
        editor.submit(page.selectFirst("form#organisation"), Map.of("organisation:remove", ""));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(refused.body()).select("#messages").text())
        .contains("kan niet worden verwijderd")
        .contains("case-study ");
    assertThat(get("api/v1/organisations/friesland-college").statusCode()).isEqualTo(200);
  }

  @Test
  void aDeletedOrganisationIsListedAsDeletedAndRestoredFromTheList() throws Exception {
    FormClient editor = editor();
    String slug = uniqueSlug();
    assertThat(create(editor, slug, "Tijdelijk weg").statusCode()).isEqualTo(302);
    Document page = editor.page("beheer/organisations/edit.xhtml?slug=" + slug);

    HttpResponse<String> deleted =
        editor.submit(page.selectFirst("form#organisation"), Map.of("organisation:remove", ""));

    Document after = editor.page("beheer/organisations/edit.xhtml?slug=" + slug);
    assertThat(deleted.statusCode()).isEqualTo(302);
    assertThat(after.select("#item-deleted")).hasSize(1);
    assertThat(after.select("button[name='organisation:restore']")).hasSize(1);
    assertThat(get("api/v1/organisations/" + slug).statusCode()).isEqualTo(404);
    Document list = editor.page("beheer/organisations/index.xhtml");
    var row = list.selectFirst("[data-deleted='organisation:" + slug + "']");
    assertThat(row).isNotNull();
    assertThat(row.text()).contains("Tijdelijk weg");
    var restore = row.selectFirst(".restore-deleted");

    HttpResponse<String> restored =
        editor.submit(
            list.selectFirst("form#deleted-items"),
            Map.of(restore.attr("name"), restore.attr("value")));

    assertThat(restored.statusCode()).isIn(200, 302);
    assertThat(get("api/v1/organisations/" + slug).statusCode()).isEqualTo(200);
    assertThat(
            editor
                .page("beheer/organisations/index.xhtml")
                .select("[data-deleted='organisation:" + slug + "']"))
        .isEmpty();
  }

  @Test
  void invalidInputIsRefusedBesideItsField() throws Exception {
    FormClient editor = editor();
    Document form = editor.page("beheer/organisations/edit.xhtml");

    HttpResponse<String> refused =
        editor.submit(
            form.selectFirst("form#organisation"),
            Map.of(
                "organisation:slug",
                "bo-org-fout",
                "organisation:name",
                "Fout",
                "organisation:website",
                "ftp://niet-goed",
                "organisation:save",
                ""));

    assertThat(refused.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.select("[id='organisation:website'] ~ .ui-message, .ui-message").text())
        .contains("Website");
    assertThat(get("api/v1/organisations/bo-org-fout").statusCode()).isEqualTo(404);
  }

  @Test
  void regionalEditorsAreRefusedTheOrganisationAndPactScreens() throws Exception {
    FormClient regional = new FormClient().signIn(SecurityITAccounts.REGIONAL_EDITOR, PASSWORD);

    assertThat(regional.get("beheer/organisations/index.xhtml").statusCode()).isEqualTo(403);
    assertThat(regional.get("beheer/organisations/edit.xhtml?slug=friesland-college").statusCode())
        .isEqualTo(403);
    assertThat(regional.get("beheer/pacts/index.xhtml").statusCode()).isEqualTo(403);
    assertThat(regional.get("beheer/pacts/goal.xhtml?name=techniekpact/4").statusCode())
        .isEqualTo(403);
    assertThat(regional.post("beheer/organisations/edit.xhtml", Map.of("x", "y")).statusCode())
        .isEqualTo(403);
    assertThat(regional.page("beheer/index.xhtml").select("nav.bo-nav a").eachAttr("id"))
        .doesNotContain("nav-organisations", "nav-pacts");
  }
}
