/**
 * The editor back office under {@code /beheer/}: its frame (template, navigation by role, language,
 * session warning) and dashboard. The screens of each feature live in that feature's {@code web}
 * package and use the template {@code /WEB-INF/templates/backoffice.xhtml}; they call the feature's
 * services, which hold every rule.
 */
package nl.techniekpact.cms.backoffice;
