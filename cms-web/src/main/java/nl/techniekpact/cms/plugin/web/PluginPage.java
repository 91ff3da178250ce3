package nl.techniekpact.cms.plugin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * What a plugin's Facelet reads about its page, as {@code #{pluginPage}}: the title and model its
 * {@link nl.techniekpact.plugin.api.PublicPage} returned for this page view, and the addresses of
 * its static files and pages.
 *
 * <pre>{@code
 * <ui:define name="title">#{pluginPage.title}</ui:define>
 * <ui:define name="head">
 *   <link rel="stylesheet" href="#{pluginPage.resource('css/places.css')}"/>
 * </ui:define>
 * <ui:define name="content">
 *   <h1>#{pluginPage.title}</h1>
 *   <ui:repeat value="#{pluginPage.model.regions}" var="region">…</ui:repeat>
 *   <a href="#{pluginPage.page('about')}">…</a>
 * </ui:define>
 * }</pre>
 *
 * <p>Application scoped: it holds nothing and reads the page view from the request, so no bean is
 * created per request (ADR 0027, ADR 0032).
 */
@Named("pluginPage")
@ApplicationScoped
public class PluginPage {

  private PreparedPage prepared() {
    Object page =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(PreparedPage.ATTRIBUTE);
    if (page instanceof PreparedPage prepared) {
      return prepared;
    }
    throw new IllegalStateException("#{pluginPage} is only available on a plugin's page");
  }

  /** The page's title in the visitor's language. */
  public String getTitle() {
    return prepared().title();
  }

  /** The page's description for this page view, or {@code null} for the site's description. */
  public String getDescription() {
    return prepared().description();
  }

  /** The model the plugin returned for this page view. */
  public Object getModel() {
    return prepared().model();
  }

  /** The plugin's id. */
  public String getPluginId() {
    return prepared().pluginId();
  }

  /** The plugin's running version. */
  public String getVersion() {
    return prepared().version();
  }

  /**
   * The address of one of the plugin's static files, which carries the plugin's version so that
   * browsers may keep it until the plugin is upgraded.
   *
   * @param path its path below {@code META-INF/techniekpact/static/}, such as {@code css/x.css}
   * @return the address, for {@code href} or {@code src}
   */
  public String resource(String path) {
    PreparedPage page = prepared();
    return contextPath()
        + PluginAddress.PREFIX
        + page.pluginId()
        + "/"
        + page.version()
        + "/"
        + PluginAddress.STATIC
        + "/"
        + path;
  }

  /**
   * The stable address of a page of the plugin, for links.
   *
   * @param pageId the page's id
   * @return the address
   */
  public String page(String pageId) {
    return contextPath() + PluginAddress.PREFIX + prepared().pluginId() + "/" + pageId;
  }

  private static String contextPath() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.getRequestContextPath();
  }
}
