package nl.techniekpact.cms.plugin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.cms.pagecache.PublicParts;
import nl.techniekpact.cms.plugin.content.PluginItemPreview;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.site.SiteLanguage;
import nl.techniekpact.plugin.api.FragmentRequest;

/**
 * The plugin fragments of a page slot, each rendered through the invoker: a fragment that fails is
 * shown as a placeholder and the rest of the page renders.
 *
 * <pre>{@code
 * <ui:repeat value="#{pluginFragments.of('home')}" var="fragment">
 *   <h:outputText value="#{fragment.html}" escape="false" rendered="#{not fragment.failed}"/>
 * </ui:repeat>
 * }</pre>
 *
 * <p>Application scoped: it keeps nothing per request, and the plugin platform (an EJB) injected
 * into a request-scoped bean costs a JNDI lookup on every request.
 */
@Named("pluginFragments")
@ApplicationScoped
public class PluginFragments {

  @Inject private PluginPlatform platform;
  @Inject private SiteLanguage language;
  @Inject private PublicParts parts;

  /**
   * A rendered fragment.
   *
   * @param pluginId the plugin it comes from
   * @param html its HTML, empty when it failed
   * @param failed whether it failed (the page shows a placeholder)
   */
  public record RenderedFragment(String pluginId, String html, boolean failed) {}

  /** The fragments of a slot without parameters. */
  public List<RenderedFragment> of(String slot) {
    return render(slot, Map.of());
  }

  /** The fragments of a slot with one parameter, such as {@code of('goal', 'goal', '9')}. */
  public List<RenderedFragment> of(String slot, String name, String value) {
    return render(slot, Map.of(name, value));
  }

  /**
   * The fragments of a slot: kept across requests as a public page part (ADR 0024) unless one of
   * them failed or a preview is rendering.
   */
  public List<RenderedFragment> render(String slot, Map<String, String> parameters) {
    FragmentRequest request = new FragmentRequest(slot, language.getLocale(), parameters);
    if (PluginItemPreview.active()) {
      return renderNow(request);
    }
    return parts.get(
        new Key(slot, request.locale(), Map.copyOf(parameters)),
        () -> renderNow(request),
        rendered -> rendered.stream().noneMatch(RenderedFragment::failed));
  }

  /** What a slot's kept fragments depend on: the slot, the language and the parameters. */
  record Key(String slot, Locale locale, Map<String, String> parameters) {}

  private List<RenderedFragment> renderNow(FragmentRequest request) {
    String slot = request.slot();
    List<RenderedFragment> rendered = new ArrayList<>();
    for (Map.Entry<ActivePlugin, ActivePlugin.SlotFragment> entry :
        platform.registry().fragments(slot)) {
      ActivePlugin plugin = entry.getKey();
      rendered.add(
          platform
              .invoker()
              .call(plugin, "fragment " + slot, () -> entry.getValue().fragment().render(request))
              .map(html -> new RenderedFragment(plugin.id(), html, false))
              .orElseGet(() -> new RenderedFragment(plugin.id(), "", true)));
    }
    return List.copyOf(rendered);
  }
}
