package nl.techniekpact.cms.startup;

/**
 * CDI event, fired once per deployment on the deploying thread when the web module has started
 * ({@link Serving}). Observers must only hand work to a background thread.
 */
public record ServingStarted() {}
