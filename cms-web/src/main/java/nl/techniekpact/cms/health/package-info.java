/** MicroProfile Health checks, served by the server at {@code /health}. */
package nl.techniekpact.cms.health;
