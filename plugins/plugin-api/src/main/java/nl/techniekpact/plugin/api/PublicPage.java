package nl.techniekpact.plugin.api;

import java.util.List;
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
 * <p><b>Clean addresses</b> (since 0.2.0): a page may also claim addresses of its own with {@link
 * #routes()}, such as {@code /cases} and {@code /cases/{slug}}. A segment in braces matches one
 * path segment and reaches {@link #model} as a parameter of that name (it wins over a query
 * parameter of the same name). {@link PageNotFoundException} from {@code model} gives the site's
 * 404 page (an unknown or unpublished slug), without counting as a failure. {@link
 * #title(PublicPageRequest, Object)} and {@link #description(PublicPageRequest, Object)} may use
 * the model; the template puts them in the title, the meta description and the Open Graph tags when
 * the Facelet sets {@code <ui:param name="pageTitle" value="#{pluginPage.title}"/>} and {@code
 * <ui:param name="pageDescription" value="#{pluginPage.description}"/>}. {@link #sitemap()} lists
 * the addresses for {@code sitemap.xml}.
 *
 * <pre>{@code
 * public List<String> routes() {
 *   return List.of("/cases/{slug}");
 * }
 *
 * public Object model(PublicPageRequest request) {
 *   return context.content().publishedCase(request.parameter("slug").orElse(""))
 *       .map(CaseDetail::of)
 *       .orElseThrow(PageNotFoundException::new);
 * }
 * }</pre>
 *
 * <p><b>The site's menu</b> (since 0.5.0): a page with a {@link #menuLabel} is an entry of the main
 * menu in every public page's header (the error pages' too), linking to its first route without a
 * named segment (else to {@code /p/{plugin-id}/{page-id}}), ordered by {@link #menuPosition}. Give
 * an entry to an overview page visitors look for, not to every page.
 *
 * <pre>{@code
 * public String menuLabel(Locale locale) {
 *   return "en".equals(locale.getLanguage()) ? "Internships" : "Stages";
 * }
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

  /**
   * The page's title for one page view, once its model is known: for example the case's title.
   *
   * @param request the page view
   * @param model what {@link #model} returned
   * @return the title; by default {@link #title(Locale)}
   * @since 0.2.0
   */
  default String title(PublicPageRequest request, Object model) {
    return title(request.locale());
  }

  /**
   * The page's description for search engines and link previews, once its model is known.
   *
   * @param request the page view
   * @param model what {@link #model} returned
   * @return one or two plain sentences, or {@code null} for the site's description
   * @since 0.2.0
   */
  default String description(PublicPageRequest request, Object model) {
    return null;
  }

  /**
   * Clean addresses this page answers at, besides {@code /p/{plugin-id}/{page-id}}: patterns such
   * as {@code /cases} or {@code /cases/{slug}}, of lower-case literal segments and at most one
   * named segment in braces each. The first segment must be a literal that no host page and no
   * other running plugin uses; the host refuses the plugin otherwise.
   *
   * @return the patterns; none by default
   * @since 0.2.0
   */
  default List<String> routes() {
    return List.of();
  }

  /**
   * The addresses of this page that belong in {@code sitemap.xml}, below the site's root: for
   * example {@code /cases} and one {@code /cases/{slug}} per published case. The host adds the
   * English alternates.
   *
   * @return the addresses; none by default
   * @since 0.2.0
   */
  default List<String> sitemap() {
    return List.of();
  }

  /**
   * The label of this page's entry in the site's main menu, or {@code null} for no entry (the
   * default): one or two words, such as {@code Landsdelen}; the menu shows at most 40 characters.
   * Return a fixed text per language, never content that changes: the host keeps the menu across
   * page views. It links the entry to the first of {@link #routes()} without a named segment, else
   * to {@code /p/{plugin-id}/{page-id}}. When it throws, the menu leaves the entry out and the
   * failure counts against the plugin.
   *
   * @param locale {@code nl} or {@code en}
   * @return the label, or {@code null}
   * @since 0.5.0
   */
  default String menuLabel(Locale locale) {
    return null;
  }

  /**
   * Where this page's menu entry goes among the others: lower first, equal ones in the order their
   * plugins started. The host's goals are at 20; the first-party plugins use 10 (landsdelen), 30
   * (ambassadors) and 40 (cases).
   *
   * @return the position; 100 by default
   * @since 0.5.0
   */
  default int menuPosition() {
    return 100;
  }
}
