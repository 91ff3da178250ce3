package nl.techniekpact.cms.it.backoffice;

import static nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * The region and ambassador screens over HTTP as a browser submits them: a regional editor refused
 * another region by direct address and refused creating regions, the list's name filter, and an
 * edit conflict that shows the other change. The region made here is deleted again.
 */
class RegionScreensIT extends DeployedCms {

  private static final String SLUG = "bo-it-regio-" + UUID.randomUUID().toString().substring(0, 6);

  private static FormClient editor() throws Exception {
    return new FormClient().signIn(SecurityITAccounts.EDITOR, PASSWORD);
  }

  @AfterAll
  static void deleteTheRegion() throws Exception {
    FormClient editor = editor();
    Document page = editor.page("beheer/regions/edit.xhtml?slug=" + SLUG);
    if (page.selectFirst("form#lifecycle button[name='lifecycle:delete']") != null) {
      editor.submit(page.selectFirst("form#lifecycle"), Map.of("lifecycle:delete", ""));
    }
  }

  private static void createTheRegion(FormClient editor) throws Exception {
    if (editor.get("beheer/regions/edit.xhtml?slug=" + SLUG).statusCode() == 200
        && editor.page("beheer/regions/edit.xhtml?slug=" + SLUG).select("#region-state").size()
            == 1) {
      return;
    }
    Document form = editor.page("beheer/regions/edit.xhtml");
    HttpResponse<String> created =
        editor.submit(
            form.selectFirst("form#region"),
            Map.of(
                "region:slug", SLUG,
                "region:name", "Schermregio",
                "region:provinces", "Zeeland",
                "region:ambitionsNl", "Ambities op het scherm",
                "region:save", ""));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
  }

  private static HttpResponse<String> saveName(FormClient client, Document page, String name)
      throws Exception {
    return client.submit(
        page.selectFirst("form#region"), Map.of("region:name", name, "region:save", ""));
  }

  @Test
  void aRegionalEditorIsRefusedAnotherRegionByDirectAddressAndCreatesNoRegion() throws Exception {
    FormClient regional = new FormClient().signIn(SecurityITAccounts.REGIONAL_EDITOR, PASSWORD);

    HttpResponse<String> edit = regional.get("beheer/regions/edit.xhtml?slug=zuid-nederland");
    HttpResponse<String> preview = regional.get("beheer/regions/preview.xhtml?slug=zuid-nederland");
    HttpResponse<String> ambassador =
        regional.get("beheer/ambassadors/edit.xhtml?slug=andre-kuipers");
    Document list = regional.page("beheer/regions/index.xhtml");
    Document form = regional.page("beheer/regions/edit.xhtml");
    HttpResponse<String> create =
        regional.submit(
            form.selectFirst("form#region"),
            Map.of(
                "region:slug", "bo-it-regio-geweigerd",
                "region:name", "Geweigerd",
                "region:provinces", "Zeeland",
                "region:save", ""));

    assertThat(edit.statusCode()).isEqualTo(403);
    assertThat(edit.body()).doesNotContain("Zuid-Nederland\"");
    assertThat(preview.statusCode()).isEqualTo(403);
    assertThat(ambassador.statusCode()).as("a national ambassador").isEqualTo(403);
    assertThat(list.select("a.region-link")).isEmpty();
    assertThat(list.select("#new-region")).isEmpty();
    assertThat(create.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(create.body()).select("#messages").text()).isNotBlank();
    assertThat(editor().get("beheer/regions/edit.xhtml?slug=bo-it-regio-geweigerd").statusCode())
        .as("nothing created")
        .isEqualTo(404);
  }

  @Test
  void theListIsFilteredByName() throws Exception {
    FormClient editor = editor();
    Document list = editor.page("beheer/regions/index.xhtml");
    assertThat(list.select("a.region-link").eachText()).contains("Zuid-Nederland");

    HttpResponse<String> filtered =
        editor.submit(
            list.selectFirst("form#list"), Map.of("list:nameFilter", "oost", "list:filter", ""));

    assertThat(filtered.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(filtered.body()).select("a.region-link").eachText())
        .isNotEmpty()
        .allMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("oost"));
  }

  @Test
  void theSecondEditorGetsAConflictShowingTheOtherChangeAndNothingIsOverwritten() throws Exception {
    FormClient first = editor();
    FormClient second = editor();
    createTheRegion(first);
    Document firstPage = first.page("beheer/regions/edit.xhtml?slug=" + SLUG);
    Document secondPage = second.page("beheer/regions/edit.xhtml?slug=" + SLUG);

    assertThat(saveName(first, firstPage, "Naam van de eerste").statusCode()).isEqualTo(302);
    HttpResponse<String> conflict = saveName(second, secondPage, "Naam van de tweede");

    assertThat(conflict.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(conflict.body());
    assertThat(page.select("#conflict")).hasSize(1);
    assertThat(page.select("#conflict-changes tr[data-field=name] .theirs").text())
        .isEqualTo("Naam van de eerste");
    assertThat(page.select("#conflict-changes tr[data-field=name] .mine").text())
        .isEqualTo("Naam van de tweede");
    assertThat(
            first
                .page("beheer/regions/edit.xhtml?slug=" + SLUG)
                .select("[id='region:name']")
                .attr("value"))
        .as("nothing overwritten")
        .isEqualTo("Naam van de eerste");
  }
}
