package nl.techniekpact.cms.it.publishing;

import static nl.techniekpact.cms.it.publishing.EditorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.DropIn;
import nl.techniekpact.cms.it.FormClient;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plugin settings in the database: a plugin administrator sets one over {@code
 * /api/v1/plugins/{id}/installation/settings/{key}} or in the plugins screen, the example plugin
 * reads it at once (its about endpoint and places page show the contact), removing it brings back
 * the configuration's default, every change is audited, and nobody else may change settings.
 * Installs the example plugin and removes it, and its settings, again.
 */
class PluginSettingsIT extends DeployedCms {

  private static final String SETTINGS = "api/v1/plugins/example-internships/installation/settings";
  private static final String ABOUT = "api/v1/plugins/example-internships/about";

  private static EditorClient pluginAdmin;

  @BeforeAll
  static void installExamplePlugin() throws Exception {
    assertThat(DropIn.install("internships").done()).isTrue();
    pluginAdmin = EditorClient.as(PublishingITAccounts.PLUGIN_ADMIN);
  }

  @AfterAll
  static void removeSettingsAndPlugin() throws Exception {
    try {
      for (String key : json(pluginAdmin.get(SETTINGS)).keySet()) {
        pluginAdmin.send("DELETE", SETTINGS + "/" + key, null);
      }
    } finally {
      DropIn.removeQuietly("example-internships");
    }
  }

  @Test
  void aStoredSettingReachesThePluginAtOnceAndRemovingItRestoresTheDefault() throws Exception {
    assertThat(json(get(ABOUT)).getString("contact")).isEmpty();

    HttpResponse<String> set =
        pluginAdmin.send("PUT", SETTINGS + "/contact", "{\"value\":\"stage@techniekpact.nl\"}");

    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(json(set).getString("contact")).isEqualTo("stage@techniekpact.nl");
    assertThat(json(get(ABOUT)).getString("contact")).isEqualTo("stage@techniekpact.nl");
    assertThat(get("p/example-internships/places").body())
        .contains("Vragen over plaatsen? Mail stage@techniekpact.nl");
    HttpResponse<String> audit =
        EditorClient.as(PublishingITAccounts.ADMINISTRATOR)
            .get("api/v1/audit?type=plugin-setting&item=example-internships");
    assertThat(audit.body()).contains("SET_SETTING", "contact");

    HttpResponse<String> removed = pluginAdmin.send("DELETE", SETTINGS + "/contact", null);

    assertThat(removed.statusCode()).isEqualTo(200);
    assertThat(json(removed).keySet()).doesNotContain("contact");
    assertThat(json(get(ABOUT)).getString("contact")).isEmpty();
    assertThat(pluginAdmin.send("DELETE", SETTINGS + "/contact", null).statusCode()).isEqualTo(404);
  }

  @Test
  void badSettingsAndOtherRolesAreRefusedAndChangeNothing() throws Exception {
    String tooLong = "x".repeat(2001);
    assertThat(
            pluginAdmin
                .send("PUT", SETTINGS + "/contact", "{\"value\":\"" + tooLong + "\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(pluginAdmin.send("PUT", SETTINGS + "/contact", "not json").statusCode())
        .isEqualTo(400);
    assertThat(
            pluginAdmin
                .send(
                    "PUT",
                    "api/v1/plugins/no-such-plugin/installation/settings/contact",
                    "{\"value\":\"x\"}")
                .statusCode())
        .isEqualTo(404);
    EditorClient national = EditorClient.as(PublishingITAccounts.NATIONAL);
    assertThat(national.send("PUT", SETTINGS + "/contact", "{\"value\":\"x\"}").statusCode())
        .isEqualTo(403);
    assertThat(EditorClient.anonymous().get(SETTINGS).statusCode()).isEqualTo(401);
    assertThat(json(pluginAdmin.get(SETTINGS)).keySet()).doesNotContain("contact");
  }

  @Test
  void aPluginAdministratorSetsASettingInThePluginsScreen() throws Exception {
    FormClient admin =
        new FormClient().signIn(PublishingITAccounts.PLUGIN_ADMIN, SecurityITAccounts.PASSWORD);
    Document page = admin.page("beheer/plugins/index.xhtml");

    HttpResponse<String> saved =
        admin.submit(
            page.selectFirst("form#settings"),
            Map.of(
                "settings:plugin", "example-internships",
                "settings:key", "contact",
                "settings:value", "balie@techniekpact.nl",
                "settings:save", ""));

    assertThat(saved.statusCode()).isEqualTo(200);
    Document after = org.jsoup.Jsoup.parse(saved.body());
    assertThat(after.select("#settings .setting-key").eachText()).contains("contact");
    assertThat(after.select("#settings .setting-value").eachText())
        .contains("balie@techniekpact.nl");
    assertThat(json(get(ABOUT)).getString("contact")).isEqualTo("balie@techniekpact.nl");
    pluginAdmin.send("DELETE", SETTINGS + "/contact", null);
  }
}
