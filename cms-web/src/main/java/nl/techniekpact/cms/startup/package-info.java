/**
 * The moment the CMS serves: background work that is not needed to answer the first request (the
 * case listing, the search index) waits for it instead of competing with the deployment for the
 * processor (ADR 0026).
 */
package nl.techniekpact.cms.startup;
