package nl.techniekpact.cms.plugin.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.backoffice.web.BackOfficeLanguage;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.publishing.ContentRights;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.plugin.api.AdminScreen;
import nl.techniekpact.plugin.api.AdminScreenRequest;

/**
 * The back-office screens running plugins contribute ({@link AdminScreen}): their menu entries and,
 * on {@code /beheer/content/screen.xhtml?plugin=…&screen=…}, the screen itself. The host decides
 * who sees them: accounts that edit content (administrators, national and regional editors; web.xml
 * guards the address, this bean checks again). Every call into the plugin goes through the invoker:
 * a title that fails leaves the entry out, a screen that fails shows a placeholder.
 */
@Named
@RequestScoped
public class PluginScreens {

  @Inject private PluginPlatform platform;
  @Inject private Editors editors;
  @Inject private BackOfficeLanguage language;

  private String plugin;
  private String screen;
  private Optional<Shown> shown;

  /**
   * A menu entry.
   *
   * @param linkId the link's id, {@code nav-plugin-<plugin>-<screen>}
   * @param href the address below the context root
   * @param label the plugin's title
   */
  public record Link(String linkId, String href, String label) {}

  /**
   * A rendered screen.
   *
   * @param title its title
   * @param html its HTML, or {@code null} when it failed
   */
  public record Shown(String title, String html) {

    /** Whether the plugin failed to render it. */
    public boolean failed() {
      return html == null;
    }
  }

  private Optional<Editor> editor() {
    return editors.current().filter(ContentRights::mayEditContent);
  }

  /** The menu entries of the running plugins' screens, for the caller. */
  public List<Link> getLinks() {
    if (editor().isEmpty()) {
      return List.of();
    }
    List<Link> links = new ArrayList<>();
    for (ActivePlugin running : platform.registry().all()) {
      for (AdminScreen each : running.adminScreens()) {
        platform
            .invoker()
            .call(running, "admin screen title", () -> each.title(language.getLocale()))
            .ifPresent(
                title ->
                    links.add(
                        new Link(
                            "nav-plugin-" + running.id() + "-" + each.id(),
                            "/beheer/content/screen.xhtml?plugin="
                                + running.id()
                                + "&screen="
                                + each.id(),
                            title)));
      }
    }
    return links;
  }

  /** The screen named by the request, rendered once per request; empty when unknown. */
  public Optional<Shown> getShown() {
    if (shown == null) {
      shown = render();
    }
    return shown;
  }

  private Optional<Shown> render() {
    Optional<Editor> who = editor();
    if (who.isEmpty() || plugin == null || screen == null) {
      return Optional.empty();
    }
    Optional<ActivePlugin> running = platform.registry().find(plugin);
    Optional<AdminScreen> found = running.flatMap(p -> p.adminScreen(screen));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    AdminScreen target = found.get();
    Editor editor = who.get();
    AdminScreenRequest request =
        new AdminScreenRequest(
            language.getLocale(),
            editor.username(),
            ContentRights.mayEditAll(editor),
            ContentRights.mayEditAll(editor) ? java.util.Set.of() : editor.regions());
    String title =
        platform
            .invoker()
            .call(running.get(), "admin screen title", () -> target.title(language.getLocale()))
            .orElse(plugin + "/" + screen);
    String html =
        platform
            .invoker()
            .call(running.get(), "admin screen " + screen, () -> target.render(request))
            .orElse(null);
    return Optional.of(new Shown(title, html));
  }

  public String getPlugin() {
    return plugin;
  }

  public void setPlugin(String plugin) {
    this.plugin = plugin;
  }

  public String getScreen() {
    return screen;
  }

  public void setScreen(String screen) {
    this.screen = screen;
  }
}
