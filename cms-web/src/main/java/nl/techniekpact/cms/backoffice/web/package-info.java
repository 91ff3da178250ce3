/**
 * JSF beans of the back-office frame: {@link nl.techniekpact.cms.backoffice.web.BackOfficeScreen}
 * lists the screens and who may use them, {@link
 * nl.techniekpact.cms.backoffice.web.BackOfficeNavigation} shows those of the signed-in account,
 * {@link nl.techniekpact.cms.backoffice.web.BackOfficeLanguage} keeps the chosen language.
 */
package nl.techniekpact.cms.backoffice.web;
