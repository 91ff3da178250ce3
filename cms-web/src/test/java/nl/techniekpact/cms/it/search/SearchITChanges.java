package nl.techniekpact.cms.it.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.cms.search.SiteSearch;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.casestudy.CaseStudyRepository;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.plugin.api.ContentEvent;

/**
 * Fixture of the search tests, deployed with the suite's war: a write path as the back office will
 * have one (change a case, commit, fire {@link ContentChanged}), and a way to wait until the index
 * has taken in what was fired. Anonymous, under {@code /api/v1/it-fixtures/search}; only in the
 * test deployment.
 */
@Path("it-fixtures/search")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class SearchITChanges {

  @Inject private CaseStudyRepository cases;
  @Inject private Event<ContentChanged> changes;
  @Inject private SiteSearch search;

  /**
   * Creates or changes a case: its titles and its state ({@code draft}, {@code published}, {@code
   * archived}, {@code scheduled-past}, {@code scheduled-future}); fires the change.
   */
  @POST
  @Path("cases/{slug}")
  @Transactional
  public String put(
      @PathParam("slug") String slug,
      @QueryParam("state") String state,
      @QueryParam("nl") String nl,
      @QueryParam("en") String en) {
    CaseStudy c =
        cases
            .findBySlug(Slug.of(slug))
            .orElseGet(
                () ->
                    cases.save(
                        new CaseStudy(
                            Slug.of(slug),
                            LocalizedText.of(nl),
                            LocalizedText.of("Samenvatting"))));
    c.retitle(LocalizedText.of(nl, en));
    c.summarise(LocalizedText.of("Een case van de zoektest over " + nl, en));
    Instant now = Instant.now();
    switch (state) {
      case "published" -> c.publish(now);
      case "archived" -> c.archive();
      case "scheduled-past" -> c.scheduleAt(now.minus(Duration.ofMinutes(1)));
      case "scheduled-future" -> c.scheduleAt(now.plus(Duration.ofDays(30)));
      default -> c.withdraw();
    }
    changes.fire(ContentChanged.of(ContentEvent.CASE_STUDY, slug, ContentEvent.Kind.UPDATED));
    return "ok";
  }

  /** Deletes a case; fires the change. */
  @DELETE
  @Path("cases/{slug}")
  @Transactional
  public String delete(@PathParam("slug") String slug) {
    cases.findBySlug(Slug.of(slug)).ifPresent(cases::delete);
    changes.fire(ContentChanged.of(ContentEvent.CASE_STUDY, slug, ContentEvent.Kind.DELETED));
    return "ok";
  }

  /** Fires a change of a type ({@code slug} may be {@code *}), as an import would. */
  @POST
  @Path("changed")
  public String changed(@QueryParam("type") String type, @QueryParam("slug") String slug) {
    changes.fire(ContentChanged.of(type, slug, ContentEvent.Kind.UPDATED));
    return "ok";
  }

  /** Answers once every change fired so far is searchable. */
  @POST
  @Path("settled")
  public String settled() {
    return search.awaitQueuedChanges(Duration.ofSeconds(30)) ? "ok" : "timeout";
  }
}
