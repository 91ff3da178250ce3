package nl.techniekpact.cms.publishing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import nl.techniekpact.cms.plugin.content.PluginItemDocument;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.EditedPublication;
import nl.techniekpact.cms.search.SearchPluginItems;
import nl.techniekpact.cms.search.SearchType;
import nl.techniekpact.model.shared.PublicationState;
import nl.techniekpact.model.shared.PublicationStatus;

/**
 * Where an edit form's item is on the public site, for its "Bekijk op de site" link: its page's
 * address while the public may see it (published, or scheduled and due, not ended, not deleted),
 * else {@code null}. The addresses are the ones the site search links to.
 *
 * <pre>{@code
 * <ui:param name="siteHref" value="#{onTheSite.of('case', editCase.document)}"/>
 * }</pre>
 */
@Named
@ApplicationScoped
public class OnTheSite {

  @Inject private HttpServletRequest request;
  @Inject private PluginPlatform platform;

  /**
   * The public address of a case, region or ambassador.
   *
   * @param kind {@code case}, {@code region} or {@code ambassador}
   * @param document the item as the form shows it
   * @return the address, or {@code null} while the public cannot see it
   */
  public String of(String kind, ContentDocument<?> document) {
    return address(document, () -> SearchType.of(kind).flatMap(type -> type.path(document.slug())));
  }

  /**
   * The public address of a plugin's item: its page on the plugin's site, while the plugin runs.
   *
   * @param document the item as the form shows it
   * @return the address, or {@code null} while the public cannot see it
   */
  public String ofPluginItem(PluginItemDocument document) {
    return address(
        document,
        () ->
            platform
                .registry()
                .find(document.pluginId())
                .flatMap(plugin -> SearchPluginItems.link(plugin, document.slug())));
  }

  private String address(EditedPublication item, Supplier<Optional<String>> path) {
    if (item == null
        || !visible(
            item.status(), item.publishAt(), item.unpublishAt(), item.deletedAt(), Instant.now())) {
      return null;
    }
    return path.get().map(found -> request.getContextPath() + found).orElse(null);
  }

  /** The public visibility rule of core-model, for a document's stored state at a moment. */
  static boolean visible(
      PublicationStatus status, Instant at, Instant until, Instant deletedAt, Instant now) {
    if (deletedAt != null
        || (status != PublicationStatus.PUBLISHED && status != PublicationStatus.SCHEDULED)) {
      return false;
    }
    return PublicationState.of(status, at, until).isVisibleAt(now);
  }
}
