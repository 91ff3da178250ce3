package nl.techniekpact.cms.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluginResourcesTest {

  @Test
  void staticFilesAreFoundBelowTheStaticFolder() {
    assertThat(PluginResources.staticFile("css/places.css"))
        .contains("META-INF/techniekpact/static/css/places.css");
    assertThat(PluginResources.staticFile("img/logo-2.v1.svg")).isPresent();
  }

  @Test
  void pathsThatCouldLeaveTheStaticFolderAreRefused() {
    for (String path :
        new String[] {
          "../pages/places.xhtml",
          "css/../../pages/places.xhtml",
          "..",
          ".hidden",
          "css/.htaccess",
          "css//places.css",
          "/etc/passwd",
          "css/",
          "",
          "%2e%2e/pages/places.xhtml",
          "css\\..\\x.css",
          "css/pla ces.css"
        }) {
      assertThat(PluginResources.staticFile(path)).as(path).isEmpty();
    }
  }
}
