package nl.techniekpact.cms.it.pagecache;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.casestudy.CaseStudyRepository;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.PublicationState;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.plugin.api.ContentEvent;

/**
 * Fixture of the page cache tests, deployed with the suite's war: changes a case in the database in
 * a transaction and fires {@link ContentChanged}, as every write path does — {@code POST
 * /api/v1/it-fixtures/page-cache/cases/{slug}/{change}}, administrators only.
 */
@Path("it-fixtures/page-cache/cases/{slug}")
@RequestScoped
@RolesAllowed(Roles.ADMINISTRATOR)
public class PageCacheITContent {

  @Inject private CaseStudyRepository cases;
  @Inject private Event<ContentChanged> changes;

  /** Gives the case a new Dutch title. */
  @POST
  @Path("title")
  @Transactional
  public void retitle(@PathParam("slug") String slug, @QueryParam("nl") String title) {
    CaseStudy found = find(slug);
    found.retitle(LocalizedText.of(title, found.getTitle().getEn()));
    fire(slug, ContentEvent.Kind.UPDATED);
  }

  /** Takes the case back to draft. */
  @POST
  @Path("withdraw")
  @Transactional
  public void withdraw(@PathParam("slug") String slug) {
    find(slug).withdraw();
    fire(slug, ContentEvent.Kind.UNPUBLISHED);
  }

  /** Publishes the case as the seed did (no moment). */
  @POST
  @Path("publish")
  @Transactional
  public void publish(@PathParam("slug") String slug) {
    find(slug).changePublication(PublicationState.published(null));
    fire(slug, ContentEvent.Kind.PUBLISHED);
  }

  /** Schedules the case to become visible some milliseconds from now. */
  @POST
  @Path("schedule")
  @Transactional
  public void schedule(@PathParam("slug") String slug, @QueryParam("millis") long millis) {
    find(slug).scheduleAt(Instant.now().plusMillis(millis));
    fire(slug, ContentEvent.Kind.UPDATED);
  }

  /** Ends the case's visibility some milliseconds from now (the timer has not run by then). */
  @POST
  @Path("end")
  @Transactional
  public void end(@PathParam("slug") String slug, @QueryParam("millis") long millis) {
    find(slug).unpublishAt(Instant.now().plusMillis(millis));
    fire(slug, ContentEvent.Kind.UPDATED);
  }

  /** Deletes the case (softly, it can be restored). */
  @POST
  @Path("delete")
  @Transactional
  public void delete(@PathParam("slug") String slug) {
    find(slug).delete(Instant.now());
    fire(slug, ContentEvent.Kind.DELETED);
  }

  /** Restores a deleted case. */
  @POST
  @Path("restore")
  @Transactional
  public void restore(@PathParam("slug") String slug) {
    find(slug).restore();
    fire(slug, ContentEvent.Kind.UPDATED);
  }

  private CaseStudy find(String slug) {
    return cases.findBySlug(Slug.of(slug)).orElseThrow(NotFoundException::new);
  }

  private void fire(String slug, ContentEvent.Kind kind) {
    changes.fire(ContentChanged.of(ContentEvent.CASE_STUDY, slug, kind));
  }
}
