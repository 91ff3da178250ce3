/**
 * The first-party ambassador-profiles plugin, built only on the plugin API: the index {@code
 * /ambassadeurs} and a profile per ambassador at {@code /ambassadeurs/{slug}}, the aanjager and
 * ambassadors on the home page and those linked to a goal on its page (fragments), and {@link
 * nl.techniekpact.plugins.ambassadors.ProfileBlock}, the extension point partners implement to add
 * a block to a profile.
 */
package nl.techniekpact.plugins.ambassadors;
