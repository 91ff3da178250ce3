package nl.techniekpact.cms.it.backoffice;

import static nl.techniekpact.cms.it.security.SecurityITAccounts.ADMIN_PASSWORD;
import static nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.FormClient;
import nl.techniekpact.cms.it.SitePagesFixture;
import nl.techniekpact.cms.it.api.ApiITHiddenContent;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The overview: drafts, scheduled and recent items by the editor's scope, plugin items (such as the
 * site's pages) among them; plugin health.
 */
class DashboardIT extends DeployedCms {

  @Test
  void administratorSeesDraftsScheduledItemsAndPluginHealth() throws Exception {
    Document page = new FormClient().signIn("admin", ADMIN_PASSWORD).page("beheer/index.xhtml");

    assertThat(page.select("#section-drafts li").eachAttr("data-slug"))
        .contains(
            ApiITHiddenContent.DRAFT_CASE,
            ApiITHiddenContent.DRAFT_REGION,
            ApiITHiddenContent.DRAFT_AMBASSADOR)
        .doesNotContain(ApiITHiddenContent.SCHEDULED_CASE);
    assertThat(page.select("#section-scheduled li").eachAttr("data-slug"))
        .contains(ApiITHiddenContent.SCHEDULED_CASE);
    assertThat(page.select("#section-scheduled li").text()).contains("ingepland");
    assertThat(page.select("#section-recent li")).isNotEmpty();
    assertThat(page.select("#section-plugins #plugin-count").text()).startsWith("Geïnstalleerd:");
  }

  @Test
  void regionalEditorSeesOnlyContentOfTheirRegionsAndNoPluginHealth() throws Exception {
    Document page =
        new FormClient()
            .signIn(SecurityITAccounts.REGIONAL_EDITOR, PASSWORD)
            .page("beheer/index.xhtml");

    assertThat(page.select("#section-drafts")).hasSize(1);
    assertThat(
            page.select("#section-drafts li, #section-scheduled li, #section-recent li")
                .eachAttr("data-slug"))
        .doesNotContain(ApiITHiddenContent.DRAFT_CASE, ApiITHiddenContent.SCHEDULED_CASE);
    assertThat(page.select(".dashboard-items li").eachAttr("data-type"))
        .allMatch(type -> List.of("case", "region", "ambassador", "plugin-item").contains(type));
    assertThat(page.select(".dashboard-items li[data-type=region]").eachAttr("data-slug"))
        .allMatch(SecurityITAccounts.REGION::equals);
    assertThat(page.select("#section-plugins")).isEmpty();
  }

  @Test
  void nationalEditorSeesEveryRegionsDraftsButNoPluginHealth() throws Exception {
    Document page =
        new FormClient().signIn(SecurityITAccounts.EDITOR, PASSWORD).page("beheer/index.xhtml");

    assertThat(page.select("#section-drafts li").eachAttr("data-slug"))
        .contains(ApiITHiddenContent.DRAFT_CASE);
    assertThat(page.select("#section-plugins")).isEmpty();
  }

  @Test
  void aDraftPageOfTheSiteIsAmongTheDraftsLinkedToItsFormAndLeavesWhenDeleted() throws Exception {
    String slug = "it-dashboard-privacy";
    SitePagesFixture.draft(
        slug,
        "{\"title\":{\"nl\":\"Privacyverklaring\",\"en\":\"Privacy statement\"},"
            + "\"body\":\"<p>Wat wij bewaren.</p>\"}");
    try {
      FormClient editor = new FormClient().signIn(SecurityITAccounts.EDITOR, PASSWORD);
      Element draft =
          editor
              .page("beheer/index.xhtml")
              .selectFirst("#section-drafts li[data-slug=" + slug + "]");

      assertThat(draft).isNotNull();
      assertThat(draft.attr("data-type")).isEqualTo("plugin-item");
      assertThat(draft.selectFirst("a").text()).isEqualTo("Privacyverklaring");
      assertThat(draft.selectFirst("a").attr("href"))
          .isEqualTo("/beheer/content/edit.xhtml?plugin=site-pages&type=page&slug=" + slug);
      assertThat(draft.text()).contains("(Pagina, concept)");
      assertThat(
              new FormClient()
                  .signIn(SecurityITAccounts.REGIONAL_EDITOR, PASSWORD)
                  .page("beheer/index.xhtml")
                  .select(".dashboard-items li")
                  .eachAttr("data-slug"))
          .as("a page belongs to no region")
          .doesNotContain(slug);
    } finally {
      SitePagesFixture.delete(slug);
    }
    assertThat(
            new FormClient()
                .signIn(SecurityITAccounts.EDITOR, PASSWORD)
                .page("beheer/index.xhtml")
                .select("#section-drafts li")
                .eachAttr("data-slug"))
        .doesNotContain(slug);
  }
}
