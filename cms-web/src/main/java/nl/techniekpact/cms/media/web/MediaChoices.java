package nl.techniekpact.cms.media.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import nl.techniekpact.cms.media.MediaCaller;
import nl.techniekpact.cms.media.MediaItem;
import nl.techniekpact.cms.media.MediaLibrary;
import nl.techniekpact.cms.media.Variant;
import nl.techniekpact.cms.security.CallerRoles;

/**
 * The media library as edit forms offer it: a photo field suggests the library's latest images as
 * the editor types (by alternative text or address), and a chosen image brings its alternative
 * text.
 *
 * <pre>{@code
 * <ui:include src="/WEB-INF/includes/photo-field.xhtml"> (the case and ambassador forms)
 * }</pre>
 */
@Named
@RequestScoped
public class MediaChoices {

  /** How many of the latest images a photo field suggests. */
  static final int SUGGESTIONS = 200;

  @Inject private MediaLibrary library;
  @Inject private SecurityContext security;
  @Inject private CallerRoles roles;

  /**
   * One suggested image.
   *
   * @param location the address of its card variant, what a photo field stores
   * @param altText its Dutch alternative text
   */
  public record Choice(String location, String altText) {}

  /** The library's latest images, newest first, to suggest in a photo field. */
  public List<Choice> getRecent() {
    return library.list(caller(), null, 0, SUGGESTIONS).stream()
        .map(image -> new Choice(image.location(Variant.CARD), image.altTextNl()))
        .toList();
  }

  /** The Dutch alternative text of the library's image at an address, or null. */
  public String altTextAt(String location) {
    return location == null
        ? null
        : library.atLocation(caller(), location).map(MediaItem::altTextNl).orElse(null);
  }

  private MediaCaller caller() {
    return MediaCaller.of(security.getCallerPrincipal(), roles.held());
  }
}
