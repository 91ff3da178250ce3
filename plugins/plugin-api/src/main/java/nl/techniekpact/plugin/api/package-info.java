/**
 * The Techniekpact CMS plugin SPI: what a plugin may implement and what the host hands it.
 *
 * @since 0.1.0
 */
package nl.techniekpact.plugin.api;
