package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.techniekpact.plugin.api.ContentQueries;
import nl.techniekpact.plugin.api.FragmentRequest;
import nl.techniekpact.plugin.api.PageSlot;
import nl.techniekpact.plugin.api.PluginContext;
import nl.techniekpact.plugin.api.PluginSettings;
import org.junit.jupiter.api.Test;

/** The plugin's objects tested with a hand-made context, without the CMS. */
class HelloSectionTest {

  private static PluginContext context(Map<String, String> settings) {
    return new PluginContext() {
      @Override
      public String pluginId() {
        return "${pluginId}";
      }

      @Override
      public String pluginVersion() {
        return "${pluginVersion}";
      }

      @Override
      public String apiVersion() {
        return "0.1.0";
      }

      @Override
      public PluginSettings settings() {
        return key -> Optional.ofNullable(settings.get(key));
      }

      @Override
      public ContentQueries content() {
        throw new UnsupportedOperationException("not needed here");
      }

      @Override
      public Logger logger() {
        return Logger.getLogger("test");
      }
    };
  }

  @Test
  void sectionGreetsInTheVisitorsLanguageAndEscapesItsSetting() {
    HelloSection section = new HelloSection(context(Map.of("greeting", "<b>Hi</b>")));

    String html = section.render(new FragmentRequest(PageSlot.HOME, Locale.ENGLISH, Map.of()));

    assertTrue(html.contains("&lt;b&gt;Hi&lt;/b&gt; ${pluginId}"), html);
    assertEquals(PageSlot.HOME, section.slot());
  }

  @Test
  void sectionIsDutchByDefault() {
    HelloSection section = new HelloSection(context(Map.of()));

    String html = section.render(new FragmentRequest(PageSlot.HOME, Locale.forLanguageTag("nl"), Map.of()));

    assertTrue(html.contains("Hallo van ${pluginId}"), html);
  }

  @Test
  void endpointSaysWhichPluginAnswers() {
    assertEquals(
        Map.of("plugin", "${pluginId}", "version", "${pluginVersion}"),
        new HelloEndpoint(context(Map.of())).hello());
  }
}
