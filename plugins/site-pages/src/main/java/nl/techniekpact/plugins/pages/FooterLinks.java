package nl.techniekpact.plugins.pages;

import java.util.List;
import nl.techniekpact.plugin.api.FragmentRequest;
import nl.techniekpact.plugin.api.Html;
import nl.techniekpact.plugin.api.PageFragment;
import nl.techniekpact.plugin.api.PageSlot;
import nl.techniekpact.plugin.api.PluginContext;
import org.pf4j.Extension;

/**
 * The footer's links to the published pages editors marked "Link in de voettekst", by their place
 * and then by title; nothing while there are none. On the English site a title without an English
 * version is the Dutch one, marked {@code lang="nl"}.
 */
@Extension
public class FooterLinks implements PageFragment {

  private final PluginContext context;

  /** Reads the pages through the context. */
  public FooterLinks(PluginContext context) {
    this.context = context;
  }

  @Override
  public String slot() {
    return PageSlot.FOOTER;
  }

  @Override
  public String render(FragmentRequest request) {
    List<Pages.Link> links = Pages.footer(context.items(), request.locale());
    if (links.isEmpty()) {
      return "";
    }
    boolean english = "en".equals(request.locale().getLanguage());
    StringBuilder html =
        new StringBuilder("<nav class=\"site-pages\" aria-label=\"")
            .append(english ? "About this site" : "Over deze site")
            .append("\"><ul>");
    for (Pages.Link link : links) {
      html.append("<li><a href=\"")
          .append(Html.escape(Html.href(link.path(), request.locale())))
          .append('"');
      if (!link.language().equals(request.locale().getLanguage())) {
        html.append(" lang=\"").append(link.language()).append('"');
      }
      html.append('>').append(Html.escape(link.title())).append("</a></li>");
    }
    return html.append("</ul></nav>").toString();
  }
}
