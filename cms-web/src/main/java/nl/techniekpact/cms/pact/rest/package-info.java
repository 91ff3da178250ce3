/** The pact editions over the API: {@code /api/v1/pacts}. */
package nl.techniekpact.cms.pact.rest;
