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
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.techniekpact.cms.persistence.DatabaseMigration;

/**
 * The next moment at which what the public sees changes by itself: the earliest scheduled
 * publication still to come, over every publishable table. The page cache keeps no page beyond it.
 */
@ApplicationScoped
public class ScheduledMoments {

  /** Every table whose rows can become visible at a scheduled moment. */
  static final List<String> SCHEDULED_TABLES =
      List.of("case_study", "region", "ambassador", "plugin_item");

  /** One query over all tables; the publication indexes answer each part. */
  static final String NEXT_MOMENT =
      "select min(m) from ("
          + SCHEDULED_TABLES.stream()
              .map(
                  table ->
                      "select min(publication_at) as m from "
                          + table
                          + " where publication_status = 'SCHEDULED' and publication_at > ?")
              .collect(Collectors.joining(" union all "))
          + ") moments";

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  /**
   * The first scheduled moment after a moment.
   *
   * @param after the moment
   * @return the next moment, {@link Instant#MAX} when nothing is scheduled
   * @throws SQLException when the database cannot answer
   */
  public Instant after(Instant after) throws SQLException {
    OffsetDateTime from = after.atOffset(ZoneOffset.UTC);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(NEXT_MOMENT)) {
      for (int i = 1; i <= SCHEDULED_TABLES.size(); i++) {
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
