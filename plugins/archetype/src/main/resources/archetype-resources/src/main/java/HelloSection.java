#set( $symbol_pound = '#' )
package ${package};

import nl.techniekpact.plugin.api.FragmentRequest;
import nl.techniekpact.plugin.api.PageFragment;
import nl.techniekpact.plugin.api.PageSlot;
import nl.techniekpact.plugin.api.PluginContext;
import org.pf4j.Extension;

/** A section on the CMS home page. */
@Extension
public class HelloSection implements PageFragment {

  private final PluginContext context;

  /** Created by the CMS with the plugin's context. */
  public HelloSection(PluginContext context) {
    this.context = context;
  }

  @Override
  public String slot() {
    return PageSlot.HOME;
  }

  @Override
  public String render(FragmentRequest request) {
    boolean english = "en".equals(request.locale().getLanguage());
    String greeting =
        context.settings().get("greeting").orElse(english ? "Hello from" : "Hallo van");
    return "<section class=\"plugin-${pluginId}\"><p>"
        + escape(greeting + " " + context.pluginId())
        + "</p></section>";
  }

  /** Escapes text for HTML: everything a plugin inserts that it did not write itself. */
  static String escape(String text) {
    StringBuilder html = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '&' -> html.append("&amp;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&${symbol_pound}39;");
        default -> html.append(c);
      }
    }
    return html.toString();
  }
}
