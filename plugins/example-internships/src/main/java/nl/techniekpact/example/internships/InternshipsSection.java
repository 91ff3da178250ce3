package nl.techniekpact.example.internships;

import nl.techniekpact.plugin.api.FragmentRequest;
import nl.techniekpact.plugin.api.PageFragment;
import nl.techniekpact.plugin.api.PageSlot;
import nl.techniekpact.plugin.api.PluginContext;
import org.pf4j.Extension;

/** A section on the home page: how many places are open, in how many landsdelen. */
@Extension
public class InternshipsSection implements PageFragment {

  private final PluginContext context;

  /** Created by the host with the plugin's context. */
  public InternshipsSection(PluginContext context) {
    this.context = context;
  }

  @Override
  public String slot() {
    return PageSlot.HOME;
  }

  @Override
  public String render(FragmentRequest request) {
    boolean english = "en".equals(request.locale().getLanguage());
    int regions = context.content().publishedRegions().size();
    int places = Places.total(Places.all(context, request.locale()));
    String heading = english ? "Internships and apprenticeships" : "Stage- en leerbanen";
    String text =
        english
            ? places + " open places in " + regions + " regions"
            : places + " open plaatsen in " + regions + " landsdelen";
    return "<section class=\"plugin-internships\" aria-labelledby=\"plugin-internships-heading\">"
        + "<h2 id=\"plugin-internships-heading\">"
        + heading
        + "</h2><p>"
        + text
        + "</p></section>";
  }
}
