package nl.techniekpact.cms.plugin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.ActivePlugin.PageRoute;
import org.junit.jupiter.api.Test;

class PluginMenuTest {

  @Test
  void anEntryLinksToThePagesFirstAddressWithoutANamedSegment() {
    ActivePlugin plugin =
        plugin(
            new PageRoute("/cases/{slug}", "case"),
            new PageRoute("/cases/{slug}/print", "cases"),
            new PageRoute("/cases", "cases"),
            new PageRoute("/praktijk", "cases"));

    assertThat(PluginMenu.path(plugin, "cases")).isEqualTo("/cases");
  }

  @Test
  void aPageWithoutSuchAnAddressIsLinkedAtItsPluginAddress() {
    ActivePlugin plugin = plugin(new PageRoute("/stages/{slug}", "places"));

    assertThat(PluginMenu.path(plugin, "places")).isEqualTo("/p/example-internships/places");
    assertThat(PluginMenu.path(plugin, "other")).isEqualTo("/p/example-internships/other");
  }

  private static ActivePlugin plugin(PageRoute... routes) {
    return new ActivePlugin(
        "example-internships",
        "1.0.0",
        PluginMenuTest.class.getClassLoader(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "sha",
        List.of(routes),
        List.of());
  }
}
