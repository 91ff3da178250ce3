package nl.techniekpact.cms.media;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.techniekpact.cms.media.MediaItem.StoredVariant;
import nl.techniekpact.cms.publishing.audit.AuditLog;

/**
 * The images in tables {@code media_image} and {@code media_variant} (migrations V50, V51): an
 * image and its variants are written in one transaction, so a half-stored image never exists, and
 * every change is recorded in the audit log in that same transaction ({@link
 * AuditLog#record(Connection, String, String, String, String, Long, String)}). Plain JDBC, as the
 * plugin store: the bytes are read only where they are served.
 */
public class MediaStore {

  private static final String COLUMNS =
      "id, media_key, file_name, format, width, height, byte_size, alt_text_nl, alt_text_en,"
          + " uploaded_by, uploaded_at, version";

  /** The content type of images in the audit log; the item is the image's key. */
  public static final String AUDIT_TYPE = "media";

  private final DataSource dataSource;

  /** A store on a data source whose schema has migration V50. */
  public MediaStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * An image to store.
   *
   * @param key the key, see {@link MediaItem#key()}
   * @param sha256 the hex SHA-256 of the upload
   * @param fileName the uploaded file name, cleaned
   * @param image the decoded image
   * @param upload the uploaded bytes
   * @param altTextNl the Dutch alternative text
   * @param altTextEn the English one, or null
   * @param uploadedBy the uploader's username
   * @param uploadedAt when
   * @param variants the variants to store with it
   */
  public record NewImage(
      String key,
      String sha256,
      String fileName,
      DecodedImage image,
      byte[] upload,
      String altTextNl,
      String altTextEn,
      String uploadedBy,
      Instant uploadedAt,
      List<VariantImage> variants) {}

  /** The bytes of a variant as served. */
  public record VariantBytes(String mediaType, byte[] bytes) {}

  /**
   * Stores an image with its variants, all or nothing.
   *
   * @return its id
   * @throws SQLException when the database refuses it, such as a second copy of the same upload
   */
  public long insert(NewImage image) throws SQLException {
    return inTransaction(
        connection -> {
          long id = insertImage(connection, image);
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "INSERT INTO media_variant (media_id, variant, media_type, width, height,"
                      + " byte_size, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (VariantImage variant : image.variants()) {
              statement.setLong(1, id);
              statement.setString(2, variant.variant().urlName());
              statement.setString(3, variant.mediaType());
              statement.setInt(4, variant.width());
              statement.setInt(5, variant.height());
              statement.setLong(6, variant.bytes().length);
              statement.setBytes(7, variant.bytes());
              statement.addBatch();
            }
            statement.executeBatch();
          }
          AuditLog.record(
              connection,
              image.uploadedBy(),
              "create",
              AUDIT_TYPE,
              image.key(),
              1L,
              image.fileName());
          return id;
        });
  }

  /**
   * Changes the alternative texts of an image at a version.
   *
   * @param actor who changes them, for the audit log
   * @return false when the image is gone or no longer at {@code version}; nothing changed then
   */
  public boolean describe(long id, long version, String altTextNl, String altTextEn, String actor)
      throws SQLException {
    return inTransaction(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE media_image SET alt_text_nl = ?, alt_text_en = ?, version = version + 1"
                      + " WHERE id = ? AND version = ?")) {
            update.setString(1, altTextNl);
            update.setString(2, altTextEn);
            update.setLong(3, id);
            update.setLong(4, version);
            if (update.executeUpdate() != 1) {
              return false;
            }
          }
          AuditLog.record(
              connection,
              actor,
              "update",
              AUDIT_TYPE,
              keyOf(connection, id),
              version + 1,
              "alternative text");
          return true;
        });
  }

  /** The transaction's work, given its connection. */
  private interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  /** Runs work in one JDBC transaction of its own: all of it is committed, or none. */
  private <T> T inTransaction(Work<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.on(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private static String keyOf(Connection connection, long id) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT media_key FROM media_image WHERE id = ?")) {
      statement.setLong(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1).strip() : Long.toString(id);
      }
    }
  }

  private static long insertImage(Connection connection, NewImage image) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO media_image (media_key, sha256, file_name, format, width, height,"
                + " byte_size, alt_text_nl, alt_text_en, upload, uploaded_by, uploaded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      statement.setString(1, image.key());
      statement.setString(2, image.sha256());
      statement.setString(3, image.fileName());
      statement.setString(4, image.image().format().name());
      statement.setInt(5, image.image().width());
      statement.setInt(6, image.image().height());
      statement.setLong(7, image.upload().length);
      statement.setString(8, image.altTextNl());
      statement.setString(9, image.altTextEn());
      statement.setBytes(10, image.upload());
      statement.setString(11, image.uploadedBy());
      statement.setObject(12, OffsetDateTime.ofInstant(image.uploadedAt(), ZoneOffset.UTC));
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("No id generated for the image");
        }
        return keys.getLong(1);
      }
    }
  }

  /** One image. */
  public Optional<MediaItem> find(long id) throws SQLException {
    return query("SELECT " + COLUMNS + " FROM media_image WHERE id = ?", List.of(id)).stream()
        .findFirst();
  }

  /** The image with this key, the part of its addresses after {@code /media/}. */
  public Optional<MediaItem> findByKey(String key) throws SQLException {
    return query("SELECT " + COLUMNS + " FROM media_image WHERE media_key = ?", List.of(key))
        .stream()
        .findFirst();
  }

  /** The id of the image with this upload's SHA-256, if it is in the library. */
  public Optional<Long> findBySha256(String sha256) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT id FROM media_image WHERE sha256 = ?")) {
      statement.setString(1, sha256);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
      }
    }
  }

  /**
   * A page of the images whose alternative texts or file name contain {@code filter} (any case),
   * newest first.
   *
   * @param filter the text to look for, or null or blank for all
   */
  public List<MediaItem> list(String filter, long offset, int limit) throws SQLException {
    List<Object> parameters = new ArrayList<>(filterParameters(filter));
    parameters.add(offset);
    parameters.add(limit);
    return query(
        "SELECT "
            + COLUMNS
            + " FROM media_image"
            + where(filter)
            + " ORDER BY uploaded_at DESC, id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY",
        parameters);
  }

  /** How many images {@link #list} finds in all. */
  public long count(String filter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT COUNT(*) FROM media_image" + where(filter))) {
      bind(statement, filterParameters(filter));
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** The bytes of a variant by key, as served. */
  public Optional<VariantBytes> variant(String key, Variant variant) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT v.media_type, v.bytes FROM media_variant v"
                    + " JOIN media_image i ON i.id = v.media_id"
                    + " WHERE i.media_key = ? AND v.variant = ?")) {
      statement.setString(1, key);
      statement.setString(2, variant.urlName());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next()
            ? Optional.of(new VariantBytes(rows.getString(1), rows.getBytes(2)))
            : Optional.empty();
      }
    }
  }

  /**
   * Where content uses an image: the cases and ambassadors whose photo is one of its variants or
   * whose text shows one, as {@code case:<slug>} and {@code ambassador:<slug>}, sorted.
   */
  public List<String> usages(String key) throws SQLException {
    String photo = MediaLocations.PREFIX + key + "/%";
    String inText = "%" + photo;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT 'case', slug FROM case_study WHERE photo_location LIKE ?"
                    + " OR body_nl LIKE ? OR body_en LIKE ?"
                    + " UNION SELECT 'ambassador', slug FROM ambassador"
                    + " WHERE photo_location LIKE ? OR profile_nl LIKE ? OR profile_en LIKE ?")) {
      bind(statement, List.of(photo, inText, inText, photo, inText, inText));
      List<String> uses = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          uses.add(rows.getString(1) + ":" + rows.getString(2));
        }
      }
      uses.sort(null);
      return uses;
    }
  }

  /**
   * Removes an image and its variants.
   *
   * @param actor who removes it, for the audit log
   * @return false when there was none
   */
  public boolean delete(long id, String actor) throws SQLException {
    return inTransaction(
        connection -> {
          String key = keyOf(connection, id);
          try (PreparedStatement statement =
              connection.prepareStatement("DELETE FROM media_image WHERE id = ?")) {
            statement.setLong(1, id);
            if (statement.executeUpdate() != 1) {
              return false;
            }
          }
          AuditLog.record(connection, actor, "delete", AUDIT_TYPE, key, null, null);
          return true;
        });
  }

  private static String where(String filter) {
    return filter == null || filter.isBlank()
        ? ""
        : " WHERE LOWER(alt_text_nl) LIKE ? ESCAPE '!' OR LOWER(COALESCE(alt_text_en, ''))"
            + " LIKE ? ESCAPE '!' OR LOWER(file_name) LIKE ? ESCAPE '!'";
  }

  private static List<Object> filterParameters(String filter) {
    if (filter == null || filter.isBlank()) {
      return List.of();
    }
    String escaped =
        filter
            .strip()
            .toLowerCase(Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    String pattern = "%" + escaped + "%";
    return List.of(pattern, pattern, pattern);
  }

  private List<MediaItem> query(String sql, List<Object> parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      List<MediaItem> images = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        bind(statement, parameters);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            images.add(
                new MediaItem(
                    rows.getLong(1),
                    rows.getString(2).strip(),
                    rows.getString(3),
                    ImageFormat.valueOf(rows.getString(4)),
                    rows.getInt(5),
                    rows.getInt(6),
                    rows.getLong(7),
                    rows.getString(8),
                    rows.getString(9),
                    rows.getString(10),
                    rows.getObject(11, OffsetDateTime.class).toInstant(),
                    rows.getLong(12),
                    List.of()));
          }
        }
      }
      Map<Long, List<StoredVariant>> variants =
          variantsOf(connection, images.stream().map(MediaItem::id).toList());
      return images.stream()
          .map(image -> image.withVariants(variants.getOrDefault(image.id(), List.of())))
          .toList();
    }
  }

  private static Map<Long, List<StoredVariant>> variantsOf(Connection connection, List<Long> ids)
      throws SQLException {
    Map<Long, List<StoredVariant>> variants = new HashMap<>();
    if (ids.isEmpty()) {
      return variants;
    }
    String marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT media_id, variant, media_type, width, height, byte_size FROM media_variant"
                + " WHERE media_id IN ("
                + marks
                + ")")) {
      bind(statement, new ArrayList<>(ids));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Variant variant = Variant.fromUrlName(rows.getString(2)).orElseThrow();
          variants
              .computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
              .add(
                  new StoredVariant(
                      variant, rows.getString(3), rows.getInt(4), rows.getInt(5), rows.getLong(6)));
        }
      }
    }
    variants.values().forEach(list -> list.sort((a, b) -> a.variant().compareTo(b.variant())));
    return variants;
  }

  private static void bind(PreparedStatement statement, List<Object> parameters)
      throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      Object value = parameters.get(i);
      if (value instanceof Long number) {
        statement.setLong(i + 1, number);
      } else if (value instanceof Integer number) {
        statement.setInt(i + 1, number);
      } else {
        statement.setString(i + 1, (String) value);
      }
    }
  }
}
