package nl.techniekpact.cms.pagecache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.techniekpact.cms.persistence.DatabaseMigration;

/**
 * The next moment at which what the public sees changes by itself: the earliest scheduled
 * publication or publication end still to come, over every publishable table. {@link PublicVersion}
 * moves on at it, so nothing kept for visitors outlives it.
 */
@ApplicationScoped
public class ScheduledMoments {

  /** Every table whose rows can become visible at a scheduled moment. */
  static final List<String> SCHEDULED_TABLES =
      List.of("case_study", "region", "ambassador", "plugin_item");

  /**
   * The earliest scheduled publication and the earliest publication end still to come, over all
   * tables, in one query; the publication indexes answer each part.
   */
  static final String NEXT_CHANGE =
      overAllTables(
          table ->
              "select min(publication_at) as m from "
                  + table
                  + " where publication_status = 'SCHEDULED' and publication_at > ?"
                  + " union all select min(publication_until) as m from "
                  + table
                  + " where publication_until > ?");

  private static String overAllTables(Function<String, String> perTable) {
    return "select min(m) from ("
        + SCHEDULED_TABLES.stream().map(perTable).collect(Collectors.joining(" union all "))
        + ") moments";
  }

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  /**
   * The first moment after a moment at which published content changes by itself: a scheduled
   * publication or a publication end (which the publication timer carries out only later).
   *
   * @param after the moment
   * @return the next moment, {@link Instant#MAX} when there is none
   * @throws SQLException when the database cannot answer
   * @see PublicVersion
   */
  public Instant nextChange(Instant after) throws SQLException {
    OffsetDateTime from = after.atOffset(ZoneOffset.UTC);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(NEXT_CHANGE)) {
      for (int i = 1; i <= 2 * SCHEDULED_TABLES.size(); i++) {
        query.setObject(i, from);
      }
      try (ResultSet result = query.executeQuery()) {
        return result.next()
            ? Optional.ofNullable(result.getObject(1, OffsetDateTime.class))
                .map(OffsetDateTime::toInstant)
                .orElse(Instant.MAX)
            : Instant.MAX;
      }
    }
  }
}
