package nl.techniekpact.cms.plugin.host;

import java.util.List;
import java.util.Optional;
import nl.techniekpact.plugin.api.AdminScreen;
import nl.techniekpact.plugin.api.ContentEventListener;
import nl.techniekpact.plugin.api.ContentType;
import nl.techniekpact.plugin.api.PageFragment;
import nl.techniekpact.plugin.api.PublicPage;
import nl.techniekpact.plugin.api.RestEndpoint;

/**
 * A running plugin and what it contributes, created once when it starts and dropped when it stops:
 * after that nothing in the host refers to its classes, so its class loader can be collected.
 *
 * @param id the plugin id
 * @param version the running version
 * @param classLoader the plugin's class loader, set as context class loader around its calls
 * @param endpoint its REST endpoint, if any
 * @param fragments its page fragments with the slots they asked for
 * @param contentTypes the content types it describes
 * @param listeners its content event listeners
 * @param pages its public pages
 * @param sha256 the SHA-256 of its jar, which tells two builds of one version apart
 * @param routes the clean addresses its public pages claim
 * @param partnerExtensions its extensions of other plugins' own extension points
 * @param adminScreens its back-office screens
 */
public record ActivePlugin(
    String id,
    String version,
    ClassLoader classLoader,
    Optional<RestEndpoint> endpoint,
    List<SlotFragment> fragments,
    List<ContentType> contentTypes,
    List<ContentEventListener> listeners,
    List<PublicPage> pages,
    String sha256,
    List<PageRoute> routes,
    List<Object> partnerExtensions,
    List<AdminScreen> adminScreens) {

  /** A plugin without back-office screens (plugin API 0.2 shape). */
  public ActivePlugin(
      String id,
      String version,
      ClassLoader classLoader,
      Optional<RestEndpoint> endpoint,
      List<SlotFragment> fragments,
      List<ContentType> contentTypes,
      List<ContentEventListener> listeners,
      List<PublicPage> pages,
      String sha256,
      List<PageRoute> routes,
      List<Object> partnerExtensions) {
    this(
        id,
        version,
        classLoader,
        endpoint,
        fragments,
        contentTypes,
        listeners,
        pages,
        sha256,
        routes,
        partnerExtensions,
        List.of());
  }

  /** A plugin without routes and partner extensions (plugin API 0.1 shape). */
  public ActivePlugin(
      String id,
      String version,
      ClassLoader classLoader,
      Optional<RestEndpoint> endpoint,
      List<SlotFragment> fragments,
      List<ContentType> contentTypes,
      List<ContentEventListener> listeners,
      List<PublicPage> pages,
      String sha256) {
    this(
        id,
        version,
        classLoader,
        endpoint,
        fragments,
        contentTypes,
        listeners,
        pages,
        sha256,
        List.of(),
        List.of());
  }

  /** Its back-office screen with an id. */
  public Optional<AdminScreen> adminScreen(String screenId) {
    return adminScreens.stream().filter(screen -> screenId.equals(screen.id())).findFirst();
  }

  /** Its content type with a key. */
  public Optional<ContentType> contentType(String key) {
    return contentTypes.stream().filter(type -> key.equals(type.key())).findFirst();
  }

  /** Its public page with an id. */
  public Optional<PublicPage> page(String pageId) {
    return pages.stream().filter(page -> pageId.equals(page.id())).findFirst();
  }

  /**
   * A fragment and the slot it goes into.
   *
   * @param slot the slot
   * @param fragment the fragment
   */
  public record SlotFragment(String slot, PageFragment fragment, int position) {

    /** A fragment at the default position. */
    public SlotFragment(String slot, PageFragment fragment) {
      this(slot, fragment, 100);
    }
  }

  /**
   * A clean address claimed by one of the plugin's public pages.
   *
   * @param pattern the address pattern, such as {@code /cases/{slug}}
   * @param pageId the page that answers it
   */
  public record PageRoute(String pattern, String pageId) {}
}
