/** The JAX-RS application at {@code /api/v1} and its one mapping of errors to problem details. */
package nl.techniekpact.cms.rest;
