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
import nl.techniekpact.cms.it.api.ApiITHiddenContent;
import nl.techniekpact.cms.it.publishing.PublishingITAccounts;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The case screens over HTTP as a browser submits them: create a draft, publish it and see it in
 * the public API, a script in the story that comes out harmless, an edit conflict that shows the
 * other change, restoring a revision, and a regional editor refused another region's case by direct
 * address. Every case made here is deleted again.
 */
class CaseScreensIT extends DeployedCms {

  private static final List<String> MADE = new ArrayList<>();

  private static FormClient editor() throws Exception {
    return new FormClient().signIn(SecurityITAccounts.EDITOR, PASSWORD);
  }

  @AfterAll
  static void deleteWhatWasMade() throws Exception {
    FormClient editor = editor();
    for (String slug : MADE) {
      Document page = editor.page("beheer/cases/edit.xhtml?slug=" + slug);
      if (page.selectFirst("form#lifecycle button[name='lifecycle:delete']") != null) {
        editor.submit(page.selectFirst("form#lifecycle"), Map.of("lifecycle:delete", ""));
      }
    }
  }

  static String uniqueSlug() {
    String slug = "bo-it-" + UUID.randomUUID().toString().substring(0, 8);
    MADE.add(slug);
    return slug;
  }

  static HttpResponse<String> create(FormClient client, String slug, String title, String body)
      throws Exception {
    Document form = client.page("beheer/cases/edit.xhtml");
    Map<String, String> values = new HashMap<>();
    values.put("case:slug", slug);
    values.put("case:region", "zuid-nederland");
    values.put("case:titleNl", title);
    values.put("case:summaryNl", "Samenvatting van " + title);
    values.put("case:bodyNl_input", body);
    values.put("case:save", "");
    return client.submit(form.selectFirst("form#case"), values);
  }

  static HttpResponse<String> saveTitle(FormClient client, Document page, String title)
      throws Exception {
    return client.submit(
        page.selectFirst("form#case"), Map.of("case:titleNl", title, "case:save", ""));
  }

  @Test
  void editorCreatesADraftPublishesItAndThePublicApiShowsIt() throws Exception {
    FormClient editor = editor();
    String slug = uniqueSlug();

    HttpResponse<String> created = create(editor, slug, "Robots in de klas", "<p>Verhaal</p>");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    Document page = editor.page("beheer/cases/edit.xhtml?slug=" + slug);
    assertThat(page.select("#case-state [data-status]").attr("data-status")).isEqualTo("DRAFT");
    assertThat(get("api/v1/cases/" + slug).statusCode()).as("a draft is not public").isEqualTo(404);

    HttpResponse<String> published =
        editor.submit(page.selectFirst("form#lifecycle"), Map.of("lifecycle:publish", ""));

    assertThat(published.statusCode()).isEqualTo(302);
    assertThat(
            editor
                .page("beheer/cases/edit.xhtml?slug=" + slug)
                .select("#case-state [data-status]")
                .attr("data-status"))
        .isEqualTo("PUBLISHED");
    HttpResponse<String> api = get("api/v1/cases/" + slug);
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).contains("Robots in de klas");
    Document list = editor.page("beheer/cases/index.xhtml");
    assertThat(list.select("a.case-link").eachText()).isNotEmpty();
  }

  @Test
  void aCaseSavedWithAnEmptySlugGetsOneFromItsTitle() throws Exception {
    FormClient editor = editor();
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String slug = "robots-op-school-" + unique;
    MADE.add(slug);

    HttpResponse<String> created =
        create(editor, "", "Robots óp school " + unique, "<p>Verhaal</p>");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("slug=" + slug));
    Document page = editor.page("beheer/cases/edit.xhtml?slug=" + slug);
    assertThat(page.select("#case-state [data-status]").attr("data-status")).isEqualTo("DRAFT");
  }

  @Test
  void aScriptInTheStoryComesOutHarmlessInThePreview() throws Exception {
    FormClient editor = editor();
    String slug = uniqueSlug();
    create(
        editor,
        slug,
        "Veilig verhaal",
        "<p>Echt <strong>verhaal</strong></p><script>alert('xss')</script>"
            + "<img src=\"/x.png\" alt=\"x\" onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">klik</a>");

    HttpResponse<String> preview = editor.get("beheer/cases/preview.xhtml?slug=" + slug);

    assertThat(preview.statusCode()).isEqualTo(200);
    Element body = Jsoup.parse(preview.body()).selectFirst("#preview-body");
    assertThat(body).isNotNull();
    assertThat(body.select("strong").text()).isEqualTo("verhaal");
    assertThat(body.select("script")).isEmpty();
    assertThat(body.html()).doesNotContain("onerror", "javascript:", "alert");
    assertThat(Jsoup.parse(preview.body()).select("h1").text()).isEqualTo("Veilig verhaal");
  }

  @Test
  void theSecondEditorGetsAConflictShowingTheOtherChangeAndNothingIsOverwritten() throws Exception {
    FormClient first = editor();
    FormClient second = editor();
    String slug = uniqueSlug();
    create(first, slug, "Oorspronkelijke titel", "<p>Verhaal</p>");
    Document firstPage = first.page("beheer/cases/edit.xhtml?slug=" + slug);
    Document secondPage = second.page("beheer/cases/edit.xhtml?slug=" + slug);

    assertThat(saveTitle(first, firstPage, "Titel van de eerste").statusCode()).isEqualTo(302);
    HttpResponse<String> conflict = saveTitle(second, secondPage, "Titel van de tweede");

    assertThat(conflict.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(conflict.body());
    assertThat(page.select("#conflict")).hasSize(1);
    assertThat(page.select("#conflict-changes tr[data-field=titleNl] .theirs").text())
        .isEqualTo("Titel van de eerste");
    assertThat(page.select("#conflict-changes tr[data-field=titleNl] .mine").text())
        .isEqualTo("Titel van de tweede");
    assertThat(get("api/v1/cases/" + slug).statusCode()).isEqualTo(404);
    assertThat(
            first
                .page("beheer/cases/edit.xhtml?slug=" + slug)
                .select("[id='case:titleNl']")
                .attr("value"))
        .as("nothing overwritten")
        .isEqualTo("Titel van de eerste");
  }

  @Test
  void changesNamedAsTypedOnAnOlderVersionGetTheConflictInsteadOfOverwritingTheNewer()
      throws Exception {
    FormClient editor = editor();
    String slug = uniqueSlug();
    String edit = "beheer/cases/edit.xhtml?slug=" + slug;
    create(editor, slug, "Versie een", "<p>Verhaal</p>");
    saveTitle(editor, editor.page(edit), "Versie twee");

    // as the browser tab's script sends restored changes that were typed on version 1 (ADR 0044)
    HttpResponse<String> refused =
        editor.submit(
            editor.page(edit).selectFirst("form#case"),
            Map.of("case:titleNl", "Getypt op versie een", "case:draftBase", "1", "case:save", ""));

    assertThat(refused.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.select("#conflict-changes tr[data-field=titleNl] .theirs").text())
        .isEqualTo("Versie twee");
    assertThat(page.select("#conflict-changes tr[data-field=titleNl] .mine").text())
        .isEqualTo("Getypt op versie een");
    assertThat(page.select(".bo-draft").attr("data-draft-version"))
        .as("the form's changes stay based on the version they were typed on")
        .isEqualTo("1");
    assertThat(editor.page(edit).select("[id='case:titleNl']").attr("value"))
        .as("nothing overwritten")
        .isEqualTo("Versie twee");

    HttpResponse<String> saved =
        editor.submit(
            editor.page(edit).selectFirst("form#case"),
            Map.of("case:titleNl", "Versie drie", "case:draftBase", "2", "case:save", ""));
    assertThat(saved.statusCode())
        .as("a version not older than the form's is no reason to refuse: %s", saved.body())
        .isEqualTo(302);
  }

  @Test
  void restoringARevisionBringsItsFieldsBackAsANewVersion() throws Exception {
    FormClient editor = editor();
    String slug = uniqueSlug();
    create(editor, slug, "Eerste titel", "<p>Verhaal</p>");
    saveTitle(editor, editor.page("beheer/cases/edit.xhtml?slug=" + slug), "Tweede titel");
    Document page = editor.page("beheer/cases/edit.xhtml?slug=" + slug);
    assertThat(page.select("[id='case:titleNl']").attr("value")).isEqualTo("Tweede titel");
    String restoreFirst =
        page.select("#revisions tr:has(.revision-number:containsOwn(1)) button.restore-revision")
            .attr("name");
    assertThat(restoreFirst).isNotEmpty();

    HttpResponse<String> restored =
        editor.submit(page.selectFirst("form#revisions"), Map.of(restoreFirst, ""));

    assertThat(restored.statusCode()).isEqualTo(302);
    Document after = editor.page("beheer/cases/edit.xhtml?slug=" + slug);
    assertThat(after.select("[id='case:titleNl']").attr("value")).isEqualTo("Eerste titel");
    assertThat(after.select("#revisions .revision-number").eachText()).contains("1", "2", "3");
  }

  @Test
  void aRegionalEditorIsRefusedAnotherRegionsCaseByDirectAddress() throws Exception {
    FormClient regional = new FormClient().signIn(SecurityITAccounts.REGIONAL_EDITOR, PASSWORD);

    HttpResponse<String> edit =
        regional.get("beheer/cases/edit.xhtml?slug=" + ApiITHiddenContent.DRAFT_CASE);
    HttpResponse<String> preview =
        regional.get("beheer/cases/preview.xhtml?slug=" + ApiITHiddenContent.DRAFT_CASE);

    assertThat(edit.statusCode()).isEqualTo(403);
    assertThat(edit.body()).doesNotContain("api-it-concept\"");
    assertThat(preview.statusCode()).isEqualTo(403);
    assertThat(regional.page("beheer/cases/index.xhtml").select("a.case-link").eachText())
        .isEmpty();
  }

  @Test
  void invalidInputIsRefusedBesideItsField() throws Exception {
    FormClient editor = editor();

    HttpResponse<String> refused = create(editor, "Geen Geldige Slug!", "", "<p>x</p>");

    assertThat(refused.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.select(".ui-message").text()).isNotBlank();
    assertThat(page.select("[id='case:slug'] ~ .ui-message, .ui-message").size())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void theListIsFilteredByTitleAndNamesTheRegion() throws Exception {
    FormClient editor = editor();
    String slug = uniqueSlug();
    String marker = "Filterbaar " + slug.substring(slug.length() - 6);
    create(editor, slug, marker + " verhaal", "<p>x</p>");
    Document list = editor.page("beheer/cases/index.xhtml");

    Document filtered =
        Jsoup.parse(
            editor
                .submit(
                    list.selectFirst("form#list"),
                    Map.of("list:titleFilter", marker.toLowerCase(), "list:filter", ""))
                .body());

    assertThat(filtered.select("a.case-link").eachText()).containsExactly(marker + " verhaal");
    assertThat(filtered.select("tr:has(a.case-link) td").eachText()).contains("Zuid-Nederland");
  }

  @Test
  void aRegionalEditorIsOfferedOnlyTheirOwnRegions() throws Exception {
    FormClient regional = new FormClient().signIn(PublishingITAccounts.REGIONAL, PASSWORD);

    Document theirs = regional.page("beheer/cases/edit.xhtml");
    Document national = editor().page("beheer/cases/edit.xhtml");

    assertThat(theirs.select("select[name='case:region'] option").eachAttr("value"))
        .containsExactly(PublishingITAccounts.REGION);
    assertThat(national.select("select[name='case:region'] option").eachAttr("value"))
        .contains("", PublishingITAccounts.REGION, PublishingITAccounts.OTHER_REGION);
  }

  @Test
  void aRefusedPageSpeaksTheBackOfficesLanguage() throws Exception {
    FormClient regional = new FormClient().signIn(SecurityITAccounts.REGIONAL_EDITOR, PASSWORD);
    regional.submit(regional.page("beheer/index.xhtml").selectFirst("form#language"), Map.of());

    HttpResponse<String> refused =
        regional.get("beheer/cases/edit.xhtml?slug=" + ApiITHiddenContent.DRAFT_CASE);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(refused.body()).select("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void refusalsAreWordedInTheScreensLanguage() throws Exception {
    FormClient editor = editor();

    Document dutch = Jsoup.parse(create(editor, "", "", "<p>x</p>").body());

    assertThat(dutch.select(".ui-message").text())
        .contains("Adresnaam (slug): is verplicht")
        .doesNotContain("must not", "blank");
    editor.submit(editor.page("beheer/index.xhtml").selectFirst("form#language"), Map.of());
    Document english = Jsoup.parse(create(editor, "", "", "<p>x</p>").body());
    assertThat(english.select(".ui-message").text()).contains("must not be blank");
  }

  @Test
  void revisionsAndTheAuditLogNameOperationsInTheScreensLanguage() throws Exception {
    FormClient editor = editor();
    String slug = uniqueSlug();
    create(editor, slug, "Benoemde handelingen", "<p>x</p>");

    Document page = editor.page("beheer/cases/edit.xhtml?slug=" + slug);
    Document audit = editor.page("beheer/audit.xhtml");

    assertThat(page.select("#revisions-heading ~ form td").eachText()).contains("aangemaakt");
    Element row = audit.selectFirst("tr:has(.audit-item:containsOwn(" + slug + "))");
    assertThat(row.select(".audit-action").text()).isEqualTo("aangemaakt");
    assertThat(row.select(".audit-action").attr("data-action")).isEqualTo("create");
    assertThat(audit.select("select[name='audit:action'] option").eachText())
        .contains("Alle handelingen", "aangemaakt");
  }

  @Test
  void theAuditLogShowsWhoDidWhatAndIsForAdministratorsAndNationalEditorsOnly() throws Exception {
    FormClient editor = editor();
    String slug = uniqueSlug();
    create(editor, slug, "Gelogd verhaal", "<p>x</p>");

    Document audit = editor.page("beheer/audit.xhtml");

    Element row = audit.selectFirst("tr:has(.audit-item:containsOwn(" + slug + "))");
    assertThat(row).isNotNull();
    assertThat(row.select(".audit-actor").text()).isEqualTo(SecurityITAccounts.EDITOR);
    FormClient regional = new FormClient().signIn(SecurityITAccounts.REGIONAL_EDITOR, PASSWORD);
    assertThat(regional.get("beheer/audit.xhtml").statusCode()).isEqualTo(403);
  }
}
