package nl.techniekpact.cms.it.backoffice;

import static nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.FormClient;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * An editor who opens an item's form that another editor has open is told who and since when (ADR
 * 0046); leaving the page or signing out ends it.
 */
class EditingPresenceIT extends DeployedCms {

  private static final String REGION_FORM = "beheer/regions/edit.xhtml?slug=oost-nederland";

  @Test
  void anEditorIsToldWhoElseHasTheItemOpenUntilTheyLeaveTheFormOrSignOut() throws Exception {
    FormClient eva = new FormClient().signIn(SecurityITAccounts.EDITOR, PASSWORD);
    FormClient bram = new FormClient().signIn(SecurityITAccounts.SECOND_EDITOR, PASSWORD);
    assertThat(others(eva.page(REGION_FORM))).doesNotContain("Bram Tweede");

    Document bramsView = bram.page(REGION_FORM);
    assertThat(others(bramsView)).contains("Eva Editor").contains("sinds");
    assertThat(others(eva.page(REGION_FORM))).contains("Bram Tweede");
    assertThat(others(eva.page("beheer/regions/edit.xhtml?slug=noord-nederland")))
        .as("another item")
        .doesNotContain("Bram Tweede");

    // what presence.js sends when Bram's page goes
    Element box = bramsView.selectFirst("[data-presence-id]");
    HttpResponse<String> left =
        bram.post(
            "beheer/presence",
            Map.of("item", box.attr("data-presence-item"), "id", box.attr("data-presence-id")));
    assertThat(left.statusCode()).isEqualTo(204);
    assertThat(others(eva.page(REGION_FORM))).doesNotContain("Bram Tweede");

    Document again = bram.page(REGION_FORM);
    assertThat(others(eva.page(REGION_FORM))).contains("Bram Tweede");
    HttpResponse<String> signedOut =
        bram.submit(again.selectFirst("form#logout"), Map.of("logout:submit", ""));
    assertThat(signedOut.statusCode()).as(signedOut.body()).isEqualTo(302);
    assertThat(others(eva.page(REGION_FORM))).as("signed out").doesNotContain("Bram Tweede");
  }

  @Test
  void theFormOfANewItemRecordsNothingAndALeaveWithoutItsFieldsIsRefused() throws Exception {
    FormClient eva = new FormClient().signIn(SecurityITAccounts.EDITOR, PASSWORD);

    Document newCase = eva.page("beheer/cases/edit.xhtml");

    assertThat(newCase.select(".bo-presence")).hasSize(1);
    assertThat(newCase.select("[data-presence-id]")).isEmpty();
    assertThat(eva.post("beheer/presence", Map.of("item", "region/oost-nederland")).statusCode())
        .isEqualTo(400);
  }

  private static String others(Document page) {
    Element text = page.selectFirst("#presence-others");
    return text == null ? "" : text.text();
  }
}
