package nl.techniekpact.cms.it.backoffice;

import static nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.FormClient;
import nl.techniekpact.cms.it.SitePagesFixture;
import nl.techniekpact.cms.it.api.ApiITHiddenContent;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The edit forms link to the item's page on the public site while the public may see it: cases,
 * regions, ambassadors and plugin items (a page of the site-pages plugin); drafts and items
 * scheduled for later have no such link.
 */
class OnTheSiteIT extends DeployedCms {

  @Test
  void aVisibleItemsFormLinksToItsPublicPageWhichAnswers() throws Exception {
    FormClient editor = new FormClient().signIn(SecurityITAccounts.EDITOR, PASSWORD);

    assertOnSite(editor.page("beheer/cases/edit.xhtml?slug=make-it-move"), "/cases/make-it-move");
    assertOnSite(
        editor.page("beheer/regions/edit.xhtml?slug=noord-nederland"), "/regio/noord-nederland");
    assertOnSite(
        editor.page("beheer/ambassadors/edit.xhtml?slug=doekle-terpstra"),
        "/ambassadeurs/doekle-terpstra");
    String slug = "it-on-the-site";
    SitePagesFixture.published(
        slug, "{\"title\":\"Colofon\",\"body\":\"<p>Gemaakt door ons.</p>\"}");
    try {
      assertOnSite(
          editor.page("beheer/content/edit.xhtml?plugin=site-pages&type=page&slug=" + slug),
          "/pagina/" + slug);
    } finally {
      SitePagesFixture.delete(slug);
    }
  }

  @Test
  void draftsAndItemsScheduledForLaterHaveNoLinkToTheSite() throws Exception {
    FormClient editor = new FormClient().signIn(SecurityITAccounts.EDITOR, PASSWORD);

    for (String slug :
        new String[] {ApiITHiddenContent.DRAFT_CASE, ApiITHiddenContent.SCHEDULED_CASE}) {
      Document form = editor.page("beheer/cases/edit.xhtml?slug=" + slug);
      assertThat(form.select("#item-state, #preview")).as(slug).isNotEmpty();
      assertThat(form.select("a#on-site")).as(slug).isEmpty();
    }
    String slug = "it-on-the-site-draft";
    SitePagesFixture.draft(slug, "{\"title\":\"Concept\",\"body\":\"<p>Nog niet af.</p>\"}");
    try {
      Document form =
          editor.page("beheer/content/edit.xhtml?plugin=site-pages&type=page&slug=" + slug);
      assertThat(form.select("#item-state")).isNotEmpty();
      assertThat(form.select("a#on-site")).isEmpty();
    } finally {
      SitePagesFixture.delete(slug);
    }
  }

  private static void assertOnSite(Document form, String path) throws Exception {
    assertThat(form.select("a#on-site").attr("href")).as(form.location()).isEqualTo(path);
    assertThat(form.select("a#on-site").text()).isEqualTo("Bekijken op de site (nieuw venster)");
    assertThat(get(path.substring(1)).statusCode()).as(path).isEqualTo(200);
  }
}
