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
import nl.techniekpact.cms.it.DropIn;
import nl.techniekpact.cms.it.FormClient;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The back-office screens for plugin content over HTTP as a browser submits them, with the example
 * plugin installed: its content type listed, a form built from its field definitions, an item
 * created, published and seen on the plugin's public page, refused fields named by their labels,
 * revisions listed, and a regional editor refused another region's item by direct address. Every
 * item made here is deleted again and the plugin removed.
 */
class PluginContentScreensIT extends DeployedCms {

  private static final String EDIT =
      "beheer/content/edit.xhtml?plugin=example-internships&type=internship-place";
  private static final List<String> MADE = new ArrayList<>();

  @BeforeAll
  static void installExamplePlugin() {
    assertThat(DropIn.install("internships").done()).isTrue();
  }

  @AfterAll
  static void deleteWhatWasMadeAndRemoveThePlugin() throws Exception {
    try {
      FormClient editor = editor();
      for (String slug : MADE) {
        Document page = editor.page(EDIT + "&slug=" + slug);
        if (page.selectFirst("form#lifecycle button[name='lifecycle:delete']") != null) {
          editor.submit(page.selectFirst("form#lifecycle"), Map.of("lifecycle:delete", ""));
        }
      }
    } finally {
      DropIn.removeQuietly("example-internships");
    }
  }

  private static FormClient editor() throws Exception {
    return new FormClient().signIn(SecurityITAccounts.EDITOR, PASSWORD);
  }

  private static String uniqueSlug() {
    String slug = "bo-place-" + UUID.randomUUID().toString().substring(0, 8);
    MADE.add(slug);
    return slug;
  }

  /** The name of the input of a field ({@code data-field}) in the item form. */
  private static String input(Document form, String field, String element) {
    String name = form.select("[data-field=" + field + "] " + element).attr("name");
    assertThat(name).as("input of " + field).isNotEmpty();
    return name;
  }

  private static HttpResponse<String> create(
      FormClient client, String slug, String title, String organisation, String region)
      throws Exception {
    Document form = client.page(EDIT);
    Map<String, String> values = new HashMap<>();
    values.put("item:slug", slug);
    values.put(input(form, "title", "input"), title);
    values.put(input(form, "title-en", "input"), title + " (en)");
    values.put(input(form, "organisation", "input"), organisation);
    values.put(input(form, "region", "select"), region);
    values.put(input(form, "places", "input"), "3");
    values.put(input(form, "apply-at", "input"), "https://example.org/solliciteer");
    values.put("item:save", "");
    return client.submit(form.selectFirst("form#item"), values);
  }

  @Test
  void theFormIsBuiltFromThePluginsFieldDefinitionsInTheEditorsLanguage() throws Exception {
    FormClient editor = editor();

    Document list = editor.page("beheer/content/index.xhtml");
    assertThat(list.select("a.content-type").eachAttr("data-type"))
        .contains("example-internships/internship-place");
    assertThat(list.select("#nav-plugin-content").attr("aria-current")).isEqualTo("page");

    Document form = editor.page(EDIT);
    assertThat(form.select("h1").text()).contains("Stage- of leerbaan");
    assertThat(form.select("form#item label").eachText())
        .contains("Titel *", "Organisatie *", "Landsdeel *", "Aantal plaatsen", "Aanmelden via");
    assertThat(form.select("[data-field=places] input").attr("type")).isEqualTo("number");
    assertThat(form.select("[data-field=apply-at] input").attr("type")).isEqualTo("url");
    assertThat(form.select("[data-field=title] input").attr("maxlength")).isEqualTo("120");
    assertThat(form.select("[data-field=region] option").eachAttr("value"))
        .contains("noord-nederland", "zuid-nederland");
  }

  @Test
  void anEditorCreatesAndPublishesAnItemAndThePluginsPageShowsIt() throws Exception {
    FormClient editor = editor();
    String slug = uniqueSlug();

    HttpResponse<String> created =
        create(editor, slug, "Elektromonteur", "Netbeheer Zuid", "zuid-nederland");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    Document page = editor.page(EDIT + "&slug=" + slug);
    assertThat(page.select("#item-state [data-status]").attr("data-status")).isEqualTo("DRAFT");
    assertThat(page.select("[data-field=title] input").attr("value")).isEqualTo("Elektromonteur");
    assertThat(page.select("[data-field=region] option[selected]").attr("value"))
        .isEqualTo("zuid-nederland");
    assertThat(get("p/example-internships/places").body()).doesNotContain("Elektromonteur");

    HttpResponse<String> published =
        editor.submit(page.selectFirst("form#lifecycle"), Map.of("lifecycle:publish", ""));

    assertThat(published.statusCode()).isEqualTo(302);
    Document after = editor.page(EDIT + "&slug=" + slug);
    assertThat(after.select("#item-state [data-status]").attr("data-status"))
        .isEqualTo("PUBLISHED");
    assertThat(after.select("#revisions span.revision-number").eachText())
        .containsExactly("2", "1");
    assertThat(get("p/example-internships/places").body())
        .contains("Elektromonteur", "Netbeheer Zuid");
    assertThat(get("p/example-internships/places?lang=en").body()).contains("Elektromonteur (en)");
    Document list =
        editor.page("beheer/content/index.xhtml?plugin=example-internships&type=internship-place");
    assertThat(list.select("a.item-link").eachText()).contains("Elektromonteur");
  }

  @Test
  void aDraftIsPreviewedOnThePluginsOwnPageAsItWillLookAndOnlyForItsEditors() throws Exception {
    FormClient editor = editor();
    String slug = uniqueSlug();
    assertThat(
            create(editor, slug, "Voorbeeldmonteur", "Proefbedrijf", "noord-nederland")
                .statusCode())
        .isEqualTo(302);

    List<String> links =
        editor.page(EDIT + "&slug=" + slug).select("#preview-pages a.preview").eachAttr("href");
    assertThat(links).hasSize(1);
    String preview = links.get(0).replaceFirst("^/", "");
    assertThat(preview)
        .isEqualTo(
            "beheer/content/preview/example-internships/internship-place/" + slug + "/places");
    HttpResponse<String> shown = editor.get(preview);

    assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
    assertThat(shown.headers().firstValue("Cache-Control")).hasValue("no-store");
    Document page = Jsoup.parse(shown.body());
    assertThat(page.select("#preview-notice").text()).startsWith("Voorbeeld");
    assertThat(page.select("main").text())
        .contains("Voorbeeldmonteur", "Proefbedrijf", "Stage- en leerbanen");
    assertThat(page.select("h1").text())
        .as("the plugin's own page, not a host rendering")
        .isEqualTo(Jsoup.parse(get("p/example-internships/places").body()).select("h1").text());
    assertThat(editor.get(preview + "?lang=en").body()).contains("Voorbeeldmonteur (en)");
    HttpResponse<String> visitors = get("p/example-internships/places");
    assertThat(visitors.body()).doesNotContain("Voorbeeldmonteur").doesNotContain("preview-notice");

    FormClient otherRegion = new FormClient().signIn(SecurityITAccounts.REGIONAL_EDITOR, PASSWORD);
    assertThat(otherRegion.get(preview).statusCode()).isEqualTo(403);
    assertThat(get(preview).statusCode()).as("anonymous: to the login").isIn(302, 401, 403);
    assertThat(editor.get(preview.replace("/places", "/nowhere")).statusCode()).isEqualTo(404);
    assertThat(editor.get(preview.replace(slug, "bo-place-none")).statusCode()).isEqualTo(404);
  }

  @Test
  void aConflictShowsTheOtherVersionBesideTheFormByLabelAndOverwritesNothing() throws Exception {
    String slug = uniqueSlug();
    FormClient first = editor();
    assertThat(create(first, slug, "Lasser", "Werf Oost", "zuid-nederland").statusCode())
        .isEqualTo(302);
    FormClient second =
        new FormClient()
            .signIn(nl.techniekpact.cms.it.publishing.PublishingITAccounts.NATIONAL, PASSWORD);
    Document mine = second.page(EDIT + "&slug=" + slug);
    Document theirs = first.page(EDIT + "&slug=" + slug);
    assertThat(
            first
                .submit(
                    theirs.selectFirst("form#item"),
                    Map.of(input(theirs, "organisation", "input"), "Werf West", "item:save", ""))
                .statusCode())
        .isEqualTo(302);

    HttpResponse<String> refused =
        second.submit(
            mine.selectFirst("form#item"),
            Map.of(input(mine, "title", "input"), "Lasser TIG", "item:save", ""));

    assertThat(refused.statusCode()).isEqualTo(200);
    Document conflict = Jsoup.parse(refused.body());
    assertThat(conflict.select("#conflict")).hasSize(1);
    List<String> rows =
        conflict.select("#conflict-changes tbody tr").stream()
            .map(
                tr ->
                    tr.select("th").text()
                        + " | "
                        + tr.select("td.mine").text()
                        + " | "
                        + tr.select("td.theirs").text())
            .toList();
    assertThat(rows)
        .containsExactlyInAnyOrder(
            "Titel | Lasser TIG | Lasser", "Organisatie | Werf Oost | Werf West");
    Document saved = first.page(EDIT + "&slug=" + slug);
    assertThat(saved.select("[data-field=title] input").attr("value")).isEqualTo("Lasser");
    assertThat(saved.select("#revisions span.revision-number").eachText())
        .containsExactly("2", "1");

    HttpResponse<String> taken =
        second.submit(conflict.selectFirst("form#item"), Map.of("item:takeTheirs", ""));
    Document now = Jsoup.parse(taken.body());
    assertThat(now.select("#conflict")).isEmpty();
    assertThat(now.select("[data-field=organisation] input").attr("value")).isEqualTo("Werf West");
    assertThat(now.select("[data-field=title] input").attr("value")).isEqualTo("Lasser");
  }

  @Test
  void refusedFieldsAreNamedByTheirLabelsAndNothingIsSaved() throws Exception {
    FormClient editor = editor();
    String slug = uniqueSlug();

    HttpResponse<String> refused = create(editor, slug, "Zonder organisatie", "", "");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(refused.body()).select(".message-error").text())
        .contains("Organisatie: is verplicht", "Landsdeel: is verplicht");
    assertThat(editor.page(EDIT + "&slug=" + slug).select("form#item")).isEmpty();
  }

  @Test
  void aRegionalEditorIsRefusedAnotherRegionsItemByDirectAddress() throws Exception {
    String slug = uniqueSlug();
    assertThat(create(editor(), slug, "Buiten bereik", "Bedrijf", "zuid-nederland").statusCode())
        .isEqualTo(302);
    FormClient regional = new FormClient().signIn(SecurityITAccounts.REGIONAL_EDITOR, PASSWORD);

    Document page = regional.page(EDIT + "&slug=" + slug);

    assertThat(page.select("form#item")).isEmpty();
    assertThat(page.text()).doesNotContain("Buiten bereik");
    assertThat(page.select(".message-error").text())
        .containsAnyOf("U mag dit item niet bewerken", "You may not edit this item");
    Document list =
        regional.page(
            "beheer/content/index.xhtml?plugin=example-internships&type=internship-place");
    assertThat(list.select("a.item-link").eachText()).doesNotContain("Buiten bereik");
  }

  @Test
  void aPluginsScreenIsInTheEditorsMenuAndShowsItsContent() throws Exception {
    FormClient editor = editor();

    Document home = editor.page("beheer/index.xhtml");
    assertThat(home.select("#nav-plugin-example-internships-overview").text())
        .isEqualTo("Stageplaatsen per landsdeel");

    Document screen =
        editor.page("beheer/content/screen.xhtml?plugin=example-internships&screen=overview");
    assertThat(screen.select("h1").text()).isEqualTo("Stageplaatsen per landsdeel");
    assertThat(
            screen
                .select("#plugin-screen #places-per-region tr[data-region]")
                .eachAttr("data-region"))
        .contains("noord-nederland", "zuid-nederland");
    assertThat(screen.select("nav.bo-nav #nav-plugin-content")).hasSize(1);

    Document regional =
        new FormClient()
            .signIn(SecurityITAccounts.REGIONAL_EDITOR, PASSWORD)
            .page("beheer/content/screen.xhtml?plugin=example-internships&screen=overview");
    assertThat(regional.select("#places-per-region tr[data-region]").eachAttr("data-region"))
        .doesNotContain("zuid-nederland");
  }

  @Test
  void aPluginAdministratorWithoutEditingRightsSeesNoPluginScreens() throws Exception {
    FormClient pluginAdmin =
        new FormClient()
            .signIn(nl.techniekpact.cms.it.publishing.PublishingITAccounts.PLUGIN_ADMIN, PASSWORD);

    assertThat(pluginAdmin.page("beheer/index.xhtml").select("a.bo-nav-plugin")).isEmpty();
    assertThat(
            pluginAdmin
                .get("beheer/content/screen.xhtml?plugin=example-internships&screen=overview")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aFailingPluginScreenShowsAPlaceholderInTheIntactBackOffice() throws Exception {
    assertThat(DropIn.install("listener-fails").done()).isTrue();
    try {
      HttpResponse<String> response =
          editor().get("beheer/content/screen.xhtml?plugin=fixture-listener-fails&screen=broken");

      assertThat(response.statusCode()).isEqualTo(200);
      Document page = Jsoup.parse(response.body());
      assertThat(page.select("#screen-failed")).hasSize(1);
      assertThat(page.select("#plugin-screen")).isEmpty();
      assertThat(page.select("#nav-plugin-example-internships-overview")).hasSize(1);
      assertThat(page.select("#nav-plugin-fixture-listener-fails-broken").text())
          .isEqualTo("Kapot scherm");
    } finally {
      DropIn.removeQuietly("fixture-listener-fails");
    }
    assertThat(
            editor()
                .page("beheer/content/screen.xhtml?plugin=fixture-listener-fails&screen=broken")
                .select("#screen-not-found"))
        .hasSize(1);
  }
}
