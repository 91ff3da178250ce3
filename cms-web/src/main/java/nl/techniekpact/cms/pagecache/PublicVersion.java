package nl.techniekpact.cms.pagecache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.plugin.host.PluginsChanged;
import nl.techniekpact.cms.plugin.settings.PluginSettingChanged;
import nl.techniekpact.cms.publishing.ContentChanged;

/**
 * The version of what anonymous visitors see on this node, and the one place it moves on: a
 * committed {@link ContentChanged} (also relayed from other nodes), {@link PluginsChanged}, a
 * committed {@link PluginSettingChanged} (also relayed), and the next moment at which published
 * content changes by itself (a scheduled publication or a publication end, looked up with {@link
 * ScheduledMoments#nextChange} once after each move). Everything kept for visitors — the {@link
 * PageCache}'s pages and the {@link PublicParts} — is kept under a version and forgotten when the
 * version moves on, so the two can never disagree about what changed (ADR 0010, 0024).
 *
 * <pre>{@code
 * Optional<Version> before = version.current();   // take it before reading content
 * ... read and render ...
 * boolean keep = before.isPresent() && version.isStill(before.get());
 * }</pre>
 */
@ApplicationScoped
public class PublicVersion {

  private static final Logger LOG = Logger.getLogger(PublicVersion.class.getName());

  @Inject private ScheduledMoments moments;

  private Clock clock = Clock.systemUTC();
  private final AtomicLong moves = new AtomicLong();

  /**
   * A version of the public content.
   *
   * @param number advanced by every move
   * @param since the first whole second after the content last changed (a page's Last-Modified,
   *     sent only once it has come: {@link CachedPage#lastModifiedHasCome})
   * @param until the next moment content changes by itself; {@code null} while not looked up
   */
  public record Version(long number, Instant since, Instant until) {

    boolean validAt(Instant now) {
      return until != null && now.isBefore(until);
    }
  }

  /** Written under this lock, read without. */
  private volatile Version current = new Version(0, nextSecond(clock.instant()), null);

  /** For CDI. */
  public PublicVersion() {}

  /** For tests: a version moved on by these moments and this clock. */
  PublicVersion(ScheduledMoments moments, Clock clock) {
    this.moments = moments;
    this.clock = clock;
    this.current = new Version(0, nextSecond(clock.instant()), null);
  }

  /**
   * The version now, moving it on first when its moment has passed.
   *
   * @return the version, empty when the next moment is unknown (the database did not answer): then
   *     nothing may be kept
   */
  public Optional<Version> current() {
    Instant now = clock.instant();
    Version known = current;
    if (known.validAt(now)) {
      return Optional.of(known);
    }
    synchronized (this) {
      known = current;
      if (known.until() != null && !now.isBefore(known.until())) {
        known = moveOn(now);
        LOG.fine("Public content moved on: a publication moment passed");
      }
      if (known.until() == null) {
        try {
          known = new Version(known.number(), known.since(), moments.nextChange(now));
        } catch (SQLException | RuntimeException e) {
          LOG.log(Level.FINE, "Publication moments unknown; nothing is kept", e);
          return Optional.empty();
        }
        current = known;
      }
      return Optional.of(known);
    }
  }

  /**
   * The version now without asking the database: empty when its next moment is unknown or has
   * passed (then {@link #current()} is needed).
   */
  public Optional<Version> known() {
    Version known = current;
    return known.validAt(clock.instant()) ? Optional.of(known) : Optional.empty();
  }

  /**
   * Whether what was read under a version may still be kept: nothing moved on since and its moment
   * has not passed.
   */
  public boolean isStill(Version version) {
    Version known = current;
    return known.number() == version.number() && version.validAt(clock.instant());
  }

  /**
   * Moves the version on now. The one entry point for changes the events below do not cover.
   *
   * @param reason why, for the log
   */
  public void moveOn(String reason) {
    synchronized (this) {
      moveOn(clock.instant());
    }
    LOG.fine(() -> "Public content moved on: " + reason);
  }

  /**
   * This bean instance itself, when called through its CDI client proxy: for a caller on a hot path
   * that lives no longer than the application ({@code PageCache.peeker()}).
   *
   * @return this instance, not a proxy
   */
  public PublicVersion itself() {
    return this;
  }

  /** How often the version moved on since start. */
  public long moves() {
    return moves.get();
  }

  void onContent(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    moveOn(change.contentType() + " " + change.slug() + " " + change.kind());
  }

  void onPlugins(@Observes PluginsChanged change) {
    moveOn("plugin " + change.pluginId());
  }

  void onSetting(@Observes(during = TransactionPhase.AFTER_SUCCESS) PluginSettingChanged change) {
    moveOn("setting of plugin " + change.pluginId());
  }

  /** Guarded by this. */
  private Version moveOn(Instant now) {
    Version next = new Version(current.number() + 1, nextSecond(now), null);
    current = next;
    moves.incrementAndGet();
    return next;
  }

  /**
   * Strictly after the moment, so that two versions whose Last-Modified is the same both began
   * before it: a client holding that date got it once no version could begin under it any more.
   */
  private static Instant nextSecond(Instant moment) {
    return moment.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
  }
}
