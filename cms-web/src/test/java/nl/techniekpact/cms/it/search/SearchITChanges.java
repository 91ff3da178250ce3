package nl.techniekpact.cms.it.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import nl.techniekpact.cms.plugin.content.FieldValues;
import nl.techniekpact.cms.plugin.content.PluginItem;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.cms.search.SiteSearch;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.casestudy.CaseStudyRepository;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.plugin.api.ContentEvent;

/**
 * Fixture of the search tests, deployed with the suite's war: a write path as the back office has
 * one (change a case, commit, fire {@link ContentChanged}; or, with {@code quiet=true}, change it
 * without telling anyone, as happens to a node that is down), a way to wait until the index has
 * taken in what was fired, and a restart of the index (optionally damaging its files first).
 * Anonymous, under {@code /api/v1/it-fixtures/search}; only in the test deployment.
 */
@Path("it-fixtures/search")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class SearchITChanges {

  @Inject private CaseStudyRepository cases;
  @Inject private Event<ContentChanged> changes;
  @Inject private SiteSearch search;

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  /**
   * Creates or changes a case: its titles and its state ({@code draft}, {@code published}, {@code
   * archived}, {@code scheduled-past}, {@code scheduled-future}, {@code ended} (published until a
   * minute ago), {@code deleted} (published, then deleted softly)); fires the change unless {@code
   * quiet}.
   */
  @POST
  @Path("cases/{slug}")
  @Transactional
  public String put(
      @PathParam("slug") String slug,
      @QueryParam("state") String state,
      @QueryParam("nl") String nl,
      @QueryParam("en") String en,
      @QueryParam("quiet") boolean quiet) {
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
    c.restore();
    switch (state) {
      case "published" -> c.publish(now);
      case "archived" -> c.archive();
      case "scheduled-past" -> c.scheduleAt(now.minus(Duration.ofMinutes(1)));
      case "scheduled-future" -> c.scheduleAt(now.plus(Duration.ofDays(30)));
      case "ended" -> {
        c.publish(now.minus(Duration.ofHours(1)));
        c.unpublishAt(now.minus(Duration.ofMinutes(1)));
      }
      case "deleted" -> {
        c.publish(now);
        c.delete(now);
      }
      default -> c.withdraw();
    }
    if (!quiet) {
      changes.fire(ContentChanged.of(ContentEvent.CASE_STUDY, slug, ContentEvent.Kind.UPDATED));
    }
    return "ok";
  }

  /** Deletes a case for good; fires the change unless {@code quiet}. */
  @DELETE
  @Path("cases/{slug}")
  @Transactional
  public String delete(@PathParam("slug") String slug, @QueryParam("quiet") boolean quiet) {
    cases.findBySlug(Slug.of(slug)).ifPresent(cases::delete);
    if (!quiet) {
      changes.fire(ContentChanged.of(ContentEvent.CASE_STUDY, slug, ContentEvent.Kind.DELETED));
    }
    return "ok";
  }

  /**
   * Closes the search index and opens it again from its directory, as a restart does, and waits
   * until it is up to date; {@code damage=corrupt} first overwrites bytes in the middle of every
   * file of the index. Answers what the catch-up did, as {@code opening=KEPT unchanged=… read=…
   * removed=… size=…}.
   */
  @POST
  @Path("restart")
  public String restart(@QueryParam("damage") String damage) {
    return search
        .reopen(dir -> damage(dir, damage), Duration.ofMinutes(2))
        .map(
            u ->
                "opening="
                    + u.opening()
                    + " unchanged="
                    + u.unchanged()
                    + " read="
                    + u.read()
                    + " removed="
                    + u.removed()
                    + " size="
                    + u.size())
        .orElse("timeout");
  }

  private static void damage(java.nio.file.Path dir, String damage) {
    if (!"corrupt".equals(damage)) {
      return;
    }
    try (Stream<java.nio.file.Path> files = Files.list(dir)) {
      for (java.nio.file.Path file : files.filter(Files::isRegularFile).toList()) {
        long size = Files.size(file);
        if (size < 64 || file.getFileName().toString().endsWith(".lock")) {
          continue;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
          channel.write(
              ByteBuffer.wrap(new byte[] {(byte) 0xde, (byte) 0xad, 0x13, 0x37}), size / 2);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fires a change of a type ({@code slug} may be {@code *}), as an import would. */
  @POST
  @Path("changed")
  public String changed(@QueryParam("type") String type, @QueryParam("slug") String slug) {
    changes.fire(ContentChanged.of(type, slug, ContentEvent.Kind.UPDATED));
    return "ok";
  }

  /**
   * Retitles a plugin's item in Dutch without telling anyone (no {@code ContentChanged}), as
   * happens to a node that is down while another changes it.
   */
  @POST
  @Path("plugin-items/{plugin}/{type}/{slug}")
  @Transactional
  public String retitleQuietly(
      @PathParam("plugin") String plugin,
      @PathParam("type") String type,
      @PathParam("slug") String slug,
      @QueryParam("title") String title) {
    PluginItem item =
        em.createQuery(
                "select i from PluginItem i where i.pluginId = :plugin and i.typeKey = :type"
                    + " and i.slug.value = :slug",
                PluginItem.class)
            .setParameter("plugin", plugin)
            .setParameter("type", type)
            .setParameter("slug", slug)
            .getSingleResult();
    JsonObject values;
    try (JsonReader reader = Json.createReader(new StringReader(item.getFieldValues()))) {
      values = reader.readObject();
    }
    JsonObject retitled =
        Json.createObjectBuilder(values)
            .add("title", Json.createObjectBuilder().add("nl", title))
            .build();
    item.fill(new FieldValues.Checked(retitled.toString(), item.getRegionSlug().orElse(null)));
    return "ok";
  }

  /** Answers once every change fired so far is searchable. */
  @POST
  @Path("settled")
  public String settled() {
    return search.awaitQueuedChanges(Duration.ofSeconds(30)) ? "ok" : "timeout";
  }
}
