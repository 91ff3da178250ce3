package nl.techniekpact.cms.it.media;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import nl.techniekpact.cms.media.MediaCaller;
import nl.techniekpact.cms.media.MediaItem;
import nl.techniekpact.cms.media.MediaLibrary;
import nl.techniekpact.cms.media.TestImages;
import nl.techniekpact.cms.media.Variant;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.account.AccountRegistration;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.casestudy.CaseStudyRepository;
import nl.techniekpact.model.shared.ImageReference;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.Slug;

/**
 * Fixture of the media tests, deployed with the suite's war: an account with only the plugin-admin
 * role, and an image that a draft case shows, so removing it must be refused.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class MediaITFixture {

  /** An account that administers plugins and nothing else. */
  public static final String PLUGIN_ADMIN = "it-media-plugin-admin";

  /** The draft case that shows {@link #USED_ALT_TEXT}. */
  public static final String CASE = "media-it-in-gebruik";

  /** The alternative text of the image the draft case shows. */
  public static final String USED_ALT_TEXT = "Media-IT: een klas die de case toont";

  @Inject private AccountRegistration registration;
  @Inject private MediaLibrary library;
  @Inject private CaseStudyRepository cases;

  @PostConstruct
  void create() {
    if (cases.findBySlug(Slug.of(CASE)).isPresent()) {
      return;
    }
    registration.register(
        PLUGIN_ADMIN,
        "Paul Plugin",
        nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD.toCharArray(),
        Set.of(Roles.PLUGIN_ADMIN),
        Set.of());
    MediaItem image =
        library.upload(
            new MediaCaller("admin", Set.of(Roles.ADMINISTRATOR)),
            new MediaLibrary.Upload("fixture.jpg", TestImages.jpeg(640, 480), USED_ALT_TEXT, null));
    CaseStudy shows =
        new CaseStudy(
            Slug.of(CASE), LocalizedText.of("Media in gebruik"), LocalizedText.of("Concept"));
    shows.illustrate(ImageReference.of(image.location(Variant.CARD), USED_ALT_TEXT));
    cases.save(shows);
  }
}
