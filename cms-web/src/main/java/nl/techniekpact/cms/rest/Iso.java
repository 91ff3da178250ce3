package nl.techniekpact.cms.rest;

import java.time.Instant;

/**
 * Moments in API representations: ISO-8601 text in UTC ({@code 2026-11-28T07:30:00Z}), so the JSON
 * and the OpenAPI document ({@code type: string, format: date-time}) always agree.
 */
public final class Iso {

  private Iso() {}

  /** The ISO-8601 text of a moment, or null for none. */
  public static String instant(Instant moment) {
    return moment == null ? null : moment.toString();
  }
}
