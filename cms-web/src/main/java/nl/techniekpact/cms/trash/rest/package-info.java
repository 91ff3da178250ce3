/** The editors' list of deleted organisations, pact editions, goals and themes. */
package nl.techniekpact.cms.trash.rest;
