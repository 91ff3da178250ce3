package nl.techniekpact.plugin.api;

import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * A public page of the site, written by a plugin as a Facelet in its own jar and framed by the
 * host's site template.
 *
 * <p>A page with id {@code places} of plugin {@code example-internships} is the Facelet {@code
 * META-INF/techniekpact/pages/places.xhtml} in the plugin jar (the host refuses a plugin whose page
 * has none). Visitors and links use the stable address {@code /p/example-internships/places}
 * ({@code ?lang=en} for English), which stays the same across upgrades; the host renders the
 * running version's Facelet behind it. Files under {@code META-INF/techniekpact/static/} are served
 * at {@code #{pluginPage.resource('css/places.css')}} (names of letters, digits, {@code .}, {@code
 * _} and {@code -}), cached by browsers until the plugin's version changes.
 *
 * <p>For each page view the host calls {@link #title} and {@link #model} (with the plugin's class
 * loader as context class loader) before rendering; the Facelet reads the result as {@code
 * #{pluginPage.model}} and the title as {@code #{pluginPage.title}}. Keep the model plain data
 * (lists, strings, records, JavaBeans): it is read while the page renders. Jakarta EL 5 reads
 * JavaBean getters as properties ({@code #{row.name}}) and record components as methods ({@code
 * #{place.title()}}). When {@code title} or {@code model} throws, the visitor gets the site's
 * "temporarily unavailable" page, the rest of the site works, and a plugin that keeps failing is
 * paused. The host's own texts are {@code #{msg['key']}}; texts of the page come from the model.
 *
 * <pre>{@code
 * @Extension
 * public class PlacesPage implements PublicPage {
 *   @Override
 *   public String id() {
 *     return "places";
 *   }
 *
 *   @Override
 *   public String title(Locale locale) {
 *     return "en".equals(locale.getLanguage()) ? "Internships" : "Stageplaatsen";
 *   }
 *
 *   @Override
 *   public Object model(PublicPageRequest request) {
 *     return Places.byRegion(request.locale());
 *   }
 * }
 * }</pre>
 *
 * <p>and {@code src/main/resources/META-INF/techniekpact/pages/places.xhtml}:
 *
 * <pre>{@code
 * <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
 *                 template="/WEB-INF/templates/site.xhtml">
 *   <ui:define name="title">#{pluginPage.title}</ui:define>
 *   <ui:define name="head">
 *     <link rel="stylesheet" href="#{pluginPage.resource('css/places.css')}"/>
 *   </ui:define>
 *   <ui:define name="content">
 *     <h1>#{pluginPage.title}</h1>
 *     <ui:repeat value="#{pluginPage.model}" var="region">…</ui:repeat>
 *   </ui:define>
 * </ui:composition>
 * }</pre>
 *
 * @since 0.1.0
 */
public interface PublicPage extends ExtensionPoint {

  /**
   * The page's id: lower-case letters, digits and dashes, unique within the plugin; the last
   * segment of its address and the name of its Facelet.
   *
   * @return the id, for example {@code places}
   */
  String id();

  /**
   * The page's title in a language, for the browser tab and the heading.
   *
   * @param locale {@code nl} or {@code en}
   * @return the title
   */
  String title(Locale locale);

  /**
   * What the page shows for one page view, read by its Facelet as {@code #{pluginPage.model}}.
   *
   * @param request the language and query parameters of the page view
   * @return the model; may be {@code null} for a page that needs none
   */
  Object model(PublicPageRequest request);
}
