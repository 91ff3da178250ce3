package nl.techniekpact.cms.plugin.host;

/** Whether an installed plugin runs, as stored in the database. */
public enum PluginState {
  /** Runs; loaded at every start. */
  ENABLED,
  /** Switched off by an administrator. */
  DISABLED,
  /** Switched off by the host because it kept failing or could not start; the reason is stored. */
  PAUSED
}
