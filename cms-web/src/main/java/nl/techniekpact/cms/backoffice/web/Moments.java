package nl.techniekpact.cms.backoffice.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows moments in the back office as Dutch local time, {@code 2026-11-28 09:30}: {@code
 * #{moments.format(item.updatedAt)}}.
 */
@Named
@ApplicationScoped
public class Moments {

  /** The time zone of the pact's editors. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

  /** The moment as local date and time, or empty for null. */
  public String format(Instant moment) {
    return moment == null ? "" : FORMAT.format(moment);
  }
}
