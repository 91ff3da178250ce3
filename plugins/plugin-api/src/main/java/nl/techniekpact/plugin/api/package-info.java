/**
 * The Techniekpact CMS plugin SPI: what a plugin may implement and what the host hands it.
 *
 * <p>A plugin is a jar with a PF4J manifest ({@code Plugin-Id}, {@code Plugin-Version}, {@code
 * Plugin-Requires}, optionally {@code Plugin-Class} and {@code Plugin-Dependencies}) and classes
 * annotated with {@link org.pf4j.Extension @Extension} that implement the extension points of this
 * package:
 *
 * <ul>
 *   <li>{@link nl.techniekpact.plugin.api.RestEndpoint}: a JAX-RS resource served under {@code
 *       /api/v1/plugins/{plugin-id}/};
 *   <li>{@link nl.techniekpact.plugin.api.PageFragment}: HTML for a named slot of a public page;
 *   <li>{@link nl.techniekpact.plugin.api.PublicPage}: a public page of its own, a Facelet in the
 *       plugin jar framed by the site template, at {@code /p/{plugin-id}/{page-id}}, with static
 *       files (CSS, images) from the jar;
 *   <li>{@link nl.techniekpact.plugin.api.ContentTypeDefinition}: the fields of a kind of content
 *       the host stores for the plugin;
 *   <li>{@link nl.techniekpact.plugin.api.ContentEventListener}: told when content changes.
 * </ul>
 *
 * <p>Since 0.2.0: public pages may claim clean addresses ({@link
 * nl.techniekpact.plugin.api.PublicPage#routes()}, such as {@code /cases/{slug}}), answer 404 with
 * {@link nl.techniekpact.plugin.api.PageNotFoundException}, set their title and description per
 * page view and list their addresses for the sitemap; the goal pages have a slot ({@link
 * nl.techniekpact.plugin.api.PageSlot#GOAL}); fragments have a {@code position}; {@link
 * nl.techniekpact.plugin.api.ContentQueries} answers richer queries (cases by region, goal and
 * education level with paging, ambassadors, organisations); and a plugin may declare extension
 * points of its own that partner plugins implement, called through {@link
 * nl.techniekpact.plugin.api.PluginContext#contributions}. Plugins written for 0.1 keep running.
 *
 * <p>Since 0.5.0: a public page may be an entry of the site's main menu ({@link
 * nl.techniekpact.plugin.api.PublicPage#menuLabel}, {@link
 * nl.techniekpact.plugin.api.PublicPage#menuPosition}), and fragments may go into the footer of
 * every public page ({@link nl.techniekpact.plugin.api.PageSlot#FOOTER}).
 *
 * <p>The host creates every plugin object itself (they are plain objects, never CDI beans) and
 * hands each one the plugin's {@link nl.techniekpact.plugin.api.PluginContext} through a public
 * constructor taking it; a public no-argument constructor is used otherwise. Every call the host
 * makes into a plugin is guarded: a plugin that throws is counted, shown as a placeholder, and
 * paused when it keeps failing, while the rest of the site goes on.
 *
 * <p>Plugins compile against this module and {@code org.pf4j:pf4j} with Maven scope {@code
 * provided}: the host supplies both at run time, together with the Jakarta EE APIs, PrimeFaces,
 * SLF4J and core-model. See {@code docs/plugins.md} for the author's guide.
 *
 * @since 0.1.0
 */
package nl.techniekpact.plugin.api;
