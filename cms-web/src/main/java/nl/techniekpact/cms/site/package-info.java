/** What every public page shares: the language the visitor reads the site in. */
package nl.techniekpact.cms.site;
