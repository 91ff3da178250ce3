package nl.techniekpact.cms.backoffice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import nl.techniekpact.cms.backoffice.Dashboard;
import nl.techniekpact.cms.plugin.host.InstalledPlugin;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.plugin.host.PluginRefusedException;
import nl.techniekpact.cms.plugin.host.PluginState;
import nl.techniekpact.cms.security.CallerRoles;
import nl.techniekpact.cms.security.Roles;

/**
 * The overview page ({@code /beheer/index.xhtml}): recent changes, drafts and scheduled items for
 * editors ({@link Dashboard}), and plugin health for plugin administrators.
 */
@Named
@RequestScoped
public class DashboardView {

  @Inject private Dashboard dashboard;
  @Inject private PluginPlatform platform;
  @Inject private SecurityContext security;
  @Inject private CallerRoles roles;

  private List<Dashboard.Item> recent;
  private List<Dashboard.Item> drafts;
  private List<Dashboard.Item> scheduled;

  /**
   * A plugin that needs attention.
   *
   * @param id the plugin id
   * @param version its version
   * @param state its stored state
   * @param reason why it is paused or disabled
   * @param running whether it runs on this node
   */
  public record PluginHealth(
      String id, String version, String state, String reason, boolean running) {}

  /** Whether the content lists are shown. */
  public boolean isEditor() {
    return dashboard.isEditor();
  }

  /** Whether plugin health is shown. */
  public boolean isPluginAdmin() {
    return roles.has(Roles.PLUGIN_ADMIN);
  }

  public List<Dashboard.Item> getRecentChanges() {
    if (recent == null) {
      recent = dashboard.recentChanges();
    }
    return recent;
  }

  public List<Dashboard.Item> getDrafts() {
    if (drafts == null) {
      drafts = dashboard.drafts();
    }
    return drafts;
  }

  public List<Dashboard.Item> getScheduled() {
    if (scheduled == null) {
      scheduled = dashboard.scheduled();
    }
    return scheduled;
  }

  /** How many plugins are installed; -1 when the plugin host is not running. */
  public int getInstalledPlugins() {
    try {
      return isPluginAdmin() ? platform.lifecycle().installed().size() : 0;
    } catch (PluginRefusedException e) {
      return -1;
    }
  }

  /** Plugins that are paused, or enabled but not running on this node. */
  public List<PluginHealth> getPluginProblems() {
    if (!isPluginAdmin()) {
      return List.of();
    }
    try {
      return platform.lifecycle().installed().stream()
          .map(this::health)
          .filter(
              h -> !h.state().equals("DISABLED") && !(h.running() && h.state().equals("ENABLED")))
          .toList();
    } catch (PluginRefusedException e) {
      return List.of();
    }
  }

  private PluginHealth health(InstalledPlugin p) {
    boolean running = platform.registry().find(p.id()).isPresent();
    return new PluginHealth(
        p.id(),
        p.version(),
        p.state().name(),
        p.reason(),
        running && p.state() == PluginState.ENABLED);
  }

  /**
   * What kind of plugin item an item is (its content type's label) in the back office's language.
   */
  public String kind(Dashboard.Item item, String language) {
    return "en".equals(language) ? item.kindEn() : item.kindNl();
  }

  /** The title of an item in the back office's language. */
  public String title(Dashboard.Item item, String language) {
    return "en".equals(language) ? item.titleEn() : item.titleNl();
  }
}
