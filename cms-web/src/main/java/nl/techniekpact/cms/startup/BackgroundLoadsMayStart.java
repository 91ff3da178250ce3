package nl.techniekpact.cms.startup;

/**
 * CDI event, fired once per deployment when background loads may start ({@link Serving}): on the
 * thread that rendered the first page, or on the timer that found the grace period over. Observers
 * must only hand work to a background thread.
 */
public record BackgroundLoadsMayStart() {}
