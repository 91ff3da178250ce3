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
