package nl.techniekpact.cms.plugin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluginAddressTest {

  @Test
  void stableVersionedAndStaticAddressesAreRecognised() {
    assertThat(PluginAddress.parse("/p/example-internships/places"))
        .contains(new PluginAddress.StablePage("example-internships", "places"));
    assertThat(PluginAddress.parse("/p/example-internships/1.0.0/places.xhtml"))
        .contains(new PluginAddress.VersionedPage("example-internships", "1.0.0", "places"));
    assertThat(PluginAddress.parse("/p/example-internships/1.1.0-rc.1/static/css/a.css"))
        .contains(new PluginAddress.StaticFile("example-internships", "1.1.0-rc.1", "css/a.css"));
  }

  @Test
  void theVersionedAddressOfAPageIsWhatParsesBackToIt() {
    PluginAddress.VersionedPage page =
        new PluginAddress.VersionedPage("my-plugin", "2.0.1", "news");

    assertThat(PluginAddress.parse(page.path())).contains(page);
  }

  @Test
  void otherPathsAreNoPluginAddress() {
    for (String path :
        new String[] {
          "/index.xhtml",
          "/p/",
          "/p/example-internships",
          "/p/Example/places",
          "/p/example-internships/places.xhtml",
          "/p/example-internships/1.0/places.xhtml",
          "/p/example-internships/1.0.0/places",
          "/p/example-internships/1.0.0/../places.xhtml",
          "/p/example-internships/1.0.0/other/css/a.css",
          "/p/example-internships/places/extra"
        }) {
      assertThat(PluginAddress.parse(path)).as(path).isEmpty();
    }
  }

  @Test
  void onlyServableKindsOfStaticFileHaveAContentType() {
    assertThat(PluginStaticFiles.contentType("css/a.css")).contains("text/css;charset=UTF-8");
    assertThat(PluginStaticFiles.contentType("img/A.SVG")).contains("image/svg+xml");
    assertThat(PluginStaticFiles.contentType("x.class")).isEmpty();
    assertThat(PluginStaticFiles.contentType("x.xhtml")).isEmpty();
    assertThat(PluginStaticFiles.contentType("img.d/noextension")).isEmpty();
  }
}
