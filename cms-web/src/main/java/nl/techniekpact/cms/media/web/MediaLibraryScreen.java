package nl.techniekpact.cms.media.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import nl.techniekpact.cms.media.MediaCaller;
import nl.techniekpact.cms.media.MediaItem;
import nl.techniekpact.cms.media.MediaLibrary;
import nl.techniekpact.cms.media.MediaRefusedException;
import nl.techniekpact.cms.media.Variant;
import nl.techniekpact.cms.security.CallerRoles;

/**
 * The back office's media library screen ({@code /beheer/media/}): upload with alternative texts, a
 * grid of thumbnails filtered by text and paged by GET ({@code q}, {@code page}), and removal in
 * two steps ({@code confirm} shows the question, a POST removes). Every rule is {@link
 * MediaLibrary}'s; refusals become messages in the editor's language.
 */
@Named
@RequestScoped
public class MediaLibraryScreen {

  /** Tiles per page. */
  static final int PAGE_SIZE = 24;

  @Inject private MediaLibrary library;
  @Inject private SecurityContext security;
  @Inject private CallerRoles roles;

  private Part file;
  private String altTextNl;
  private String altTextEn;
  private List<MediaTile> tiles;
  private long total = -1;
  private Optional<MediaTile> confirming;
  private Optional<MediaTile> editing;
  private String editAltTextNl;
  private String editAltTextEn;

  /** One image of the grid (a class with getters: Jakarta EL 5 does not read record components). */
  public static final class MediaTile {
    private final MediaItem image;
    private final boolean deletable;

    MediaTile(MediaItem image, boolean deletable) {
      this.image = image;
      this.deletable = deletable;
    }

    /** Its id. */
    public long getId() {
      return image.id();
    }

    /** Its version, for the change form. */
    public long getVersion() {
      return image.version();
    }

    /** The path of its thumbnail. */
    public String getThumbnail() {
      return image.location(Variant.THUMBNAIL);
    }

    /** The path of its card variant, to put in content. */
    public String getLocation() {
      return image.location(Variant.CARD);
    }

    /** Its Dutch alternative text. */
    public String getAltText() {
      return image.altTextNl();
    }

    /** Its English alternative text, or null. */
    public String getAltTextEn() {
      return image.altTextEn();
    }

    /** The name it was uploaded with. */
    public String getFileName() {
      return image.fileName();
    }

    /** Upright width of the upload. */
    public int getWidth() {
      return image.width();
    }

    /** Upright height of the upload. */
    public int getHeight() {
      return image.height();
    }

    /** The thumbnail's width. */
    public int getThumbnailWidth() {
      return image.variant(Variant.THUMBNAIL).orElseThrow().width();
    }

    /** The thumbnail's height. */
    public int getThumbnailHeight() {
      return image.variant(Variant.THUMBNAIL).orElseThrow().height();
    }

    /** Whether the signed-in editor may remove it. */
    public boolean isDeletable() {
      return deletable;
    }
  }

  /** Uploads the chosen file; back to the grid with a message either way. */
  public String upload() {
    try {
      byte[] bytes = read(file);
      MediaItem image =
          library.upload(
              caller(),
              new MediaLibrary.Upload(
                  file == null ? null : file.getSubmittedFileName(), bytes, altTextNl, altTextEn));
      message(FacesMessage.SEVERITY_INFO, format("media.uploaded", image.fileName()));
      return redirect();
    } catch (MediaRefusedException refused) {
      message(FacesMessage.SEVERITY_ERROR, text(refused));
      return null; // keep what was typed
    }
  }

  /** Removes the image named by request parameter {@code mediaId}. */
  public String delete() {
    OptionalLong id = longParameter("mediaId");
    if (id.isEmpty()) {
      return redirect();
    }
    try {
      MediaItem image = library.get(caller(), id.getAsLong());
      library.delete(caller(), image.id());
      message(FacesMessage.SEVERITY_INFO, format("media.deleted", image.fileName()));
    } catch (MediaRefusedException refused) {
      message(FacesMessage.SEVERITY_ERROR, text(refused));
    }
    return redirect();
  }

  /**
   * Changes the alternative texts of the image named by request parameters {@code editId} and
   * {@code mediaVersion} (the version the form was shown for); on a conflict the editor's texts
   * stay in the form and the message shows the other editor's text.
   */
  public String describe() {
    OptionalLong id = longParameter("editId");
    OptionalLong version = longParameter("mediaVersion");
    if (id.isEmpty() || version.isEmpty()) {
      return redirect();
    }
    try {
      MediaItem image =
          library.describe(
              caller(), id.getAsLong(), version.getAsLong(), editAltTextNl, editAltTextEn);
      message(FacesMessage.SEVERITY_INFO, format("media.described", image.fileName()));
      return redirect();
    } catch (MediaRefusedException refused) {
      if (refused.reason() == MediaRefusedException.Reason.STALE) {
        message(
            FacesMessage.SEVERITY_ERROR,
            format(refused.reason().messageKey(), refused.extensions().get("altText")));
        editing = null; // shown again at the current version, with the editor's texts
        return null;
      }
      message(FacesMessage.SEVERITY_ERROR, text(refused));
      return null; // keep what was typed
    }
  }

  /**
   * The image whose alternative texts are being changed: {@code edit} on the GET that shows the
   * form, {@code editId} on the POST; null for none, or for one the editor may not change.
   */
  public MediaTile getEditingTile() {
    if (editing == null) {
      editing = changeableTile("edit", "editId");
    }
    return editing.orElse(null);
  }

  /** The tiles of the current page. */
  public List<MediaTile> getTiles() {
    if (tiles == null) {
      MediaCaller caller = caller();
      tiles =
          library.list(caller, getFilter(), (long) (getPage() - 1) * PAGE_SIZE, PAGE_SIZE).stream()
              .map(image -> tile(caller, image))
              .toList();
    }
    return tiles;
  }

  /** How many images match the filter. */
  public long getTotal() {
    if (total < 0) {
      total = library.count(caller(), getFilter());
    }
    return total;
  }

  /** The number of pages, at least 1. */
  public int getPages() {
    return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** The filter text ({@code q}). */
  public String getFilter() {
    String q = external().getRequestParameterMap().get("q");
    return q == null || q.isBlank() ? null : q.strip();
  }

  /** The page number ({@code page}), from 1. */
  public int getPage() {
    OptionalLong page = longParameter("page");
    return (int) Math.min(Math.max(1, page.orElse(1)), 1_000_000);
  }

  /**
   * The image whose removal is being asked about: {@code confirm} on the GET that shows the
   * question, {@code mediaId} on the POST that answers it (so the form is there to decode); null
   * for none, or for one the editor may not remove.
   */
  public MediaTile getConfirmingTile() {
    if (confirming == null) {
      confirming = changeableTile("confirm", "mediaId");
    }
    return confirming.orElse(null);
  }

  /**
   * The image a form is about: named by {@code shown} on the GET that shows the form, by {@code
   * posted} (the form's hidden field) on its POST; empty for none, or one the editor may not
   * change. Each form has its own field, so a refused POST re-renders its own form only.
   */
  private Optional<MediaTile> changeableTile(String shown, String posted) {
    OptionalLong id = longParameter(shown);
    if (id.isEmpty()) {
      id = longParameter(posted);
    }
    if (id.isEmpty()) {
      return Optional.empty();
    }
    try {
      MediaCaller caller = caller();
      MediaItem image = library.get(caller, id.getAsLong());
      return caller.mayChange(image) ? Optional.of(tile(caller, image)) : Optional.empty();
    } catch (MediaRefusedException gone) {
      return Optional.empty();
    }
  }

  /** The largest upload in MB, for the hint. */
  public double getMaxMegabytes() {
    return megabytes(library.limits().maxBytes());
  }

  /** The query string of this page with the filter, for links. */
  public String query(int page) {
    String q = getFilter();
    return "?page="
        + page
        + (q == null
            ? ""
            : "&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
  }

  private static MediaTile tile(MediaCaller caller, MediaItem image) {
    return new MediaTile(image, caller.mayChange(image));
  }

  private MediaCaller caller() {
    return MediaCaller.of(security.getCallerPrincipal(), roles.held());
  }

  private byte[] read(Part part) {
    if (part == null || part.getSize() == 0) {
      return new byte[0];
    }
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("The upload could not be read", e);
    }
  }

  private String text(MediaRefusedException refused) {
    Object argument =
        switch (refused.reason()) {
          case TOO_LARGE -> megabytes(library.limits().maxBytes());
          case TOO_MANY_PIXELS -> library.limits().maxPixels() / 1_000_000;
          case IN_USE -> String.join(", ", usedBy(refused));
          default -> "";
        };
    return format(refused.reason().messageKey(), argument);
  }

  @SuppressWarnings("unchecked")
  private static List<String> usedBy(MediaRefusedException refused) {
    Object uses = refused.extensions().get("usedBy");
    return uses instanceof List<?> list ? (List<String>) list : List.of();
  }

  private static double megabytes(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private String format(String key, Object... arguments) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    ResourceBundle bundle =
        FacesContext.getCurrentInstance()
            .getApplication()
            .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }

  /** Back to the grid after a POST, keeping the messages for the next page. */
  private static String redirect() {
    external().getFlash().setKeepMessages(true);
    return "/beheer/media/index.xhtml?faces-redirect=true";
  }

  private OptionalLong longParameter(String name) {
    String value = external().getRequestParameterMap().get(name);
    if (value == null || !value.matches("[0-9]{1,18}")) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(value));
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getAltTextNl() {
    return altTextNl;
  }

  public void setAltTextNl(String altTextNl) {
    this.altTextNl = altTextNl;
  }

  public String getAltTextEn() {
    return altTextEn;
  }

  public void setAltTextEn(String altTextEn) {
    this.altTextEn = altTextEn;
  }

  /** The limit on pixels, in megapixels, for the hint. */
  /** The Dutch text in the change form: what was typed, else the image's. */
  public String getEditAltTextNl() {
    if (editAltTextNl == null && getEditingTile() != null) {
      return getEditingTile().getAltText();
    }
    return editAltTextNl;
  }

  public void setEditAltTextNl(String editAltTextNl) {
    this.editAltTextNl = editAltTextNl;
  }

  /** The English text in the change form: what was typed, else the image's. */
  public String getEditAltTextEn() {
    if (editAltTextEn == null && getEditingTile() != null) {
      return getEditingTile().getAltTextEn();
    }
    return editAltTextEn;
  }

  public void setEditAltTextEn(String editAltTextEn) {
    this.editAltTextEn = editAltTextEn;
  }

  public long getMaxMegapixels() {
    return library.limits().maxPixels() / 1_000_000;
  }
}
