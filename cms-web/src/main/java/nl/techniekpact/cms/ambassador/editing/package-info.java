/**
 * Editing ambassadors: the ambassador type of the publishing rules, and the service the back office
 * and the API share.
 */
package nl.techniekpact.cms.ambassador.editing;
