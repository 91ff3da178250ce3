/**
 * Editing regions (landsdelen): the region type of the publishing rules, and the service the back
 * office and the API share.
 */
package nl.techniekpact.cms.region.editing;
