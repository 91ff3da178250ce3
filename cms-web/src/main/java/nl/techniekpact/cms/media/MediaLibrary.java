package nl.techniekpact.cms.media;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.techniekpact.cms.media.MediaRefusedException.Reason;
import nl.techniekpact.cms.web.Sha256;
import nl.techniekpact.model.shared.ImageReference;

/**
 * The media library's one set of rules, for the REST API and the back office alike: who may do
 * what, the checks of an upload (size, alternative text, content, pixels), the variants, storing,
 * and refusing to remove an image that content still shows.
 *
 * <pre>{@code
 * MediaItem image = library.upload(caller, new Upload("klas.jpg", bytes, "Leerlingen aan het werk", null));
 * String location = image.location(Variant.CARD); // for an ImageReference
 * }</pre>
 */
public class MediaLibrary {

  /** How many images are decoded at once; more uploads wait, so memory stays bounded. */
  static final int PARALLEL_DECODES = 2;

  private static final Logger LOG = Logger.getLogger(MediaLibrary.class.getName());

  private static final Pattern FILE_NAME_LIKE =
      Pattern.compile("(?i)^[\\w .()-]*\\.(jpe?g|png|webp|gif|heic|tiff?)$");

  private final MediaStore store;
  private final MediaLimits limits;
  private final Clock clock;
  private final Semaphore decoding = new Semaphore(PARALLEL_DECODES, true);

  /** A library on a store, with limits and a clock. */
  public MediaLibrary(MediaStore store, MediaLimits limits, Clock clock) {
    this.store = store;
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * An upload as it arrived.
   *
   * @param fileName the name the client gave the file, or null
   * @param bytes the file
   * @param altTextNl the Dutch alternative text, required
   * @param altTextEn the English alternative text, or null or blank for none
   */
  public record Upload(String fileName, byte[] bytes, String altTextNl, String altTextEn) {}

  /** The limits in force. */
  public MediaLimits limits() {
    return limits;
  }

  /**
   * Checks, resizes and stores an uploaded image.
   *
   * @throws MediaRefusedException forbidden, too large, no alternative text, not an image,
   *     unreadable, too many pixels, or already in the library
   */
  public MediaItem upload(MediaCaller caller, Upload upload) {
    requireLibrary(caller);
    if (upload.bytes() == null || upload.bytes().length == 0) {
      throw new MediaRefusedException(Reason.NO_FILE, "Choose an image file to upload.");
    }
    if (upload.bytes().length > limits.maxBytes()) {
      throw new MediaRefusedException(
          Reason.TOO_LARGE,
          "The file is "
              + upload.bytes().length
              + " bytes; at most "
              + limits.maxBytes()
              + " bytes are accepted.");
    }
    String fileName = cleanFileName(upload.fileName());
    String altNl = altText("altText", upload.altTextNl(), fileName, true);
    String altEn = altText("altTextEn", upload.altTextEn(), fileName, false);
    String sha256 = Sha256.hex(upload.bytes());
    try {
      refuseDuplicate(sha256);
      DecodedImage image;
      List<VariantImage> variants;
      acquire();
      try {
        image = ImageDecoder.decode(upload.bytes(), limits);
        variants = VariantMaker.make(image);
      } finally {
        decoding.release();
      }
      long id;
      try {
        id =
            store.insert(
                new MediaStore.NewImage(
                    sha256.substring(0, MediaLocations.KEY_LENGTH),
                    sha256,
                    fileName,
                    image,
                    upload.bytes(),
                    altNl,
                    altEn,
                    caller.username(),
                    clock.instant(),
                    variants));
      } catch (SQLException conflict) {
        refuseDuplicate(sha256); // the same file, uploaded at the same moment by someone else
        throw conflict;
      }
      LOG.info(() -> "Media " + id + " (" + fileName + ") uploaded by " + caller.username());
      return store.find(id).orElseThrow();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the image", e);
    }
  }

  /** A page of the library, newest first, filtered by alternative text or file name. */
  public List<MediaItem> list(MediaCaller caller, String filter, long offset, int limit) {
    requireLibrary(caller);
    try {
      return store.list(filter, offset, limit);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not list the images", e);
    }
  }

  /** How many images {@link #list} finds. */
  public long count(MediaCaller caller, String filter) {
    requireLibrary(caller);
    try {
      return store.count(filter);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count the images", e);
    }
  }

  /**
   * One image.
   *
   * @throws MediaRefusedException {@code NOT_FOUND}
   */
  public MediaItem get(MediaCaller caller, long id) {
    requireLibrary(caller);
    try {
      return store
          .find(id)
          .orElseThrow(
              () -> new MediaRefusedException(Reason.NOT_FOUND, "There is no image " + id + "."));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read image " + id, e);
    }
  }

  /**
   * The library's image at an address content uses ({@code /media/<key>/card.jpg}), if the address
   * is one of the library's.
   */
  public Optional<MediaItem> atLocation(MediaCaller caller, String location) {
    requireLibrary(caller);
    Optional<String> key = MediaLocations.keyOf(location);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    try {
      return store.findByKey(key.get());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read image " + key.get(), e);
    }
  }

  /** Where content shows an image ({@code case:<slug>}, {@code ambassador:<slug>}). */
  public List<String> usages(MediaItem image) {
    try {
      return store.usages(image.key());
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not look up where image " + image.id() + " is used", e);
    }
  }

  /**
   * Changes the alternative texts of an image, with the same rules as at upload. Content that
   * already shows the image keeps the text it was given there; the library's text is what the next
   * use starts from.
   *
   * @param version the version the editor saw ({@link MediaItem#version()})
   * @return the image as it is now
   * @throws MediaRefusedException {@code NOT_FOUND}, {@code FORBIDDEN}, an alternative text
   *     refused, or {@code STALE} when someone else changed the image since {@code version} (its
   *     current texts in the extensions {@code altText}, {@code altTextEn} and {@code version})
   */
  public MediaItem describe(
      MediaCaller caller, long id, long version, String altTextNl, String altTextEn) {
    MediaItem image = get(caller, id);
    if (!caller.mayChange(image)) {
      throw new MediaRefusedException(
          Reason.FORBIDDEN,
          "Regional editors may change only the images they uploaded themselves.");
    }
    String altNl = altText("altText", altTextNl, image.fileName(), true);
    String altEn = altText("altTextEn", altTextEn, image.fileName(), false);
    try {
      if (!store.describe(id, version, altNl, altEn, caller.username())) {
        MediaItem current = get(caller, id);
        Map<String, Object> now = new java.util.LinkedHashMap<>();
        now.put("altText", current.altTextNl());
        now.put("altTextEn", current.altTextEn() == null ? "" : current.altTextEn());
        now.put("version", current.version());
        throw new MediaRefusedException(
            Reason.STALE,
            "Someone else changed this image's alternative text since version "
                + version
                + "; it is now at version "
                + current.version()
                + ": \""
                + current.altTextNl()
                + "\".",
            now);
      }
      LOG.info(() -> "Media " + id + " described again by " + caller.username());
      return get(caller, id);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not change image " + id, e);
    }
  }

  /**
   * Removes an image nothing uses any more.
   *
   * @throws MediaRefusedException {@code NOT_FOUND}, {@code FORBIDDEN}, or {@code IN_USE} naming
   *     the items that show it
   */
  public void delete(MediaCaller caller, long id) {
    MediaItem image = get(caller, id);
    if (!caller.mayChange(image)) {
      throw new MediaRefusedException(
          Reason.FORBIDDEN,
          "Regional editors may remove only the images they uploaded themselves.");
    }
    List<String> uses = usages(image);
    if (!uses.isEmpty()) {
      throw new MediaRefusedException(
          Reason.IN_USE,
          "The image is still used by " + String.join(", ", uses) + "; remove it there first.",
          Map.of("usedBy", uses));
    }
    try {
      store.delete(id, caller.username());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not remove image " + id, e);
    }
    LOG.info(() -> "Media " + id + " (" + image.fileName() + ") removed by " + caller.username());
  }

  private void refuseDuplicate(String sha256) throws SQLException {
    var existing = store.findBySha256(sha256);
    if (existing.isPresent()) {
      throw new MediaRefusedException(
          Reason.DUPLICATE,
          "This image is already in the library as image " + existing.get() + "; use that one.",
          Map.of("existing", existing.get()));
    }
  }

  private void acquire() {
    try {
      if (!decoding.tryAcquire(30, TimeUnit.SECONDS)) {
        throw new MediaRefusedException(
            Reason.BUSY, "Too many images are being processed; try again in a minute.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MediaRefusedException(Reason.BUSY, "The upload was interrupted; try again.");
    }
  }

  private static void requireLibrary(MediaCaller caller) {
    if (caller == null || !caller.mayUseLibrary()) {
      throw new MediaRefusedException(
          Reason.FORBIDDEN, "Only editors and administrators work with the media library.");
    }
  }

  /** The alternative text, trimmed with its white space collapsed; refused when unusable. */
  static String altText(String field, String text, String fileName, boolean required) {
    String clean = text == null ? "" : text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    if (clean.isEmpty()) {
      if (required) {
        throw new MediaRefusedException(
            Reason.ALT_TEXT_MISSING,
            "The alternative text ("
                + field
                + ") is required: describe what the image shows for people who cannot see it.",
            Map.of("field", field));
      }
      return null;
    }
    if (clean.length() > ImageReference.MAX_ALT_TEXT_LENGTH) {
      throw new MediaRefusedException(
          Reason.ALT_TEXT_TOO_LONG,
          "The alternative text ("
              + field
              + ") has "
              + clean.length()
              + " characters; at most "
              + ImageReference.MAX_ALT_TEXT_LENGTH
              + " are allowed.",
          Map.of("field", field));
    }
    if (clean.equalsIgnoreCase(fileName) || FILE_NAME_LIKE.matcher(clean).matches()) {
      throw new MediaRefusedException(
          Reason.ALT_TEXT_IS_FILE_NAME,
          "The alternative text ("
              + field
              + ") is a file name; describe what the image shows instead.",
          Map.of("field", field));
    }
    return clean;
  }

  /** The last segment of a client's file name, without control characters, at most 200 long. */
  static String cleanFileName(String name) {
    String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", "").strip();
    clean = clean.substring(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1).strip();
    if (clean.isEmpty()) {
      return "image";
    }
    return clean.length() > 200 ? clean.substring(clean.length() - 200) : clean;
  }
}
