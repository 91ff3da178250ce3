/**
 * Scheduled publication and unpublication: a timer that claims due items with a conditional UPDATE
 * (exactly once, across restarts and servers) and fires ContentChanged for each.
 */
package nl.techniekpact.cms.publishing.schedule;
