package nl.techniekpact.cms.plugin.settings;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.Map;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.plugin.host.PluginSettingStore;
import nl.techniekpact.cms.publishing.audit.AuditLog;

/**
 * Changes plugin settings (the back office's plugins screen and {@code
 * /api/v1/plugins/{id}/installation/settings} both call it): checks the key and value, stores them
 * and writes an audit entry (content type {@value #AUDIT_TYPE}, the plugin id as item, the key as
 * detail) in one transaction. Callers check the role plugin-admin.
 *
 * <pre>{@code
 * settings.set("example-internships", "contact", "stage@techniekpact.nl", "pim");
 * }</pre>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PluginSettingChanges {

  /** The content type of setting changes in the audit log. */
  public static final String AUDIT_TYPE = "plugin-setting";

  @Inject private PluginPlatform platform;
  @Inject private AuditLog audit;
  @Inject private Event<PluginSettingChanged> changed;

  /**
   * Makes this node read a plugin's settings from the database again once a change is committed
   * (here or, relayed, on another node), before anything else observes it: a page rendered after
   * the page cache and the public parts move on must not read the old values from the copy.
   */
  void forgetCopy(
      @Observes(during = TransactionPhase.AFTER_SUCCESS)
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          PluginSettingChanged change) {
    platform.settingStore().forget(change.pluginId());
  }

  /** Whether a plugin is installed (running or not). */
  public boolean installed(String pluginId) {
    return platform.lifecycle().installed().stream().anyMatch(p -> p.id().equals(pluginId));
  }

  /** A plugin's stored settings by key. */
  public Map<String, String> of(String pluginId) {
    return platform.settingStore().all(pluginId);
  }

  /**
   * Stores a setting.
   *
   * @throws IllegalArgumentException naming what is wrong with the key or value
   */
  public Map<String, String> set(String pluginId, String key, String value, String who) {
    PluginSettingStore.check(key, value);
    platform.settingStore().put(pluginId, key, value, who);
    audit.record(who, "SET_SETTING", AUDIT_TYPE, pluginId, null, key);
    changed.fire(new PluginSettingChanged(pluginId, key));
    return of(pluginId);
  }

  /**
   * Removes a setting.
   *
   * @return whether there was one
   */
  public boolean remove(String pluginId, String key, String who) {
    boolean removed = platform.settingStore().remove(pluginId, key);
    if (removed) {
      audit.record(who, "REMOVE_SETTING", AUDIT_TYPE, pluginId, null, key);
      changed.fire(new PluginSettingChanged(pluginId, key));
    }
    return removed;
  }
}
