/**
 * The moments of a start: the web module serves, then background work that is not needed to answer
 * a request (the case listing, the search index) may start, at the first page rendered or after a
 * grace period, instead of competing with the deployment and the first page for the processor (ADR
 * 0026, 0039).
 */
package nl.techniekpact.cms.startup;
