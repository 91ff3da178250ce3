/**
 * The items of plugins' content types: the host stores them ({@link
 * nl.techniekpact.cms.plugin.content.PluginItem}, table {@code plugin_item}), checks them against
 * the plugin's field definitions ({@link nl.techniekpact.cms.plugin.content.FieldValues}), edits
 * them through the one set of write rules ({@link
 * nl.techniekpact.cms.plugin.content.PluginItemEditing} on {@code ContentEditor}), hands the
 * published ones to their plugin ({@link nl.techniekpact.cms.plugin.content.PluginItemsOf}) and
 * tells every plugin's content event listeners of each committed change ({@link
 * nl.techniekpact.cms.plugin.content.ContentEventDispatch}). See ADR 0017.
 */
package nl.techniekpact.cms.plugin.content;
