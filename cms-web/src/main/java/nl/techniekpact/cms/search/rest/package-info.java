/** Search over the API: {@code /api/v1/search}. */
package nl.techniekpact.cms.search.rest;
