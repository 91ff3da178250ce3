package nl.techniekpact.model.catalogue;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.Theme;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.Slug;

/**
 * Reads everything stored through an {@link EntityManager} back into a {@link Catalogue}, in the
 * order it was stored; audit moments, ids and versions are left out. Read-only; needs no
 * transaction of its own.
 *
 * <p>Removed (softly deleted) items are left out, and so are references to them: a region,
 * organisation, edition, goal, ambassador or case that was deleted is not in the catalogue, so an
 * import of it does not bring it back (since 0.6.0; before, removed items were exported as if they
 * were not, and a live item naming a removed region gave a catalogue that could not be imported).
 *
 * <pre>{@code
 * Catalogue stored = CatalogueExport.from(em).read();
 * CatalogueJson.write(stored, Files.newOutputStream(Path.of("backup.json")));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CatalogueExport {

  private final EntityManager em;

  private CatalogueExport(EntityManager em) {
    this.em = em;
  }

  /**
   * An export from the given entity manager.
   *
   * @param em the entity manager
   * @return the export
   */
  public static CatalogueExport from(EntityManager em) {
    return new CatalogueExport(Objects.requireNonNull(em, "em"));
  }

  /**
   * Reads the whole catalogue.
   *
   * @return the catalogue
   * @throws CatalogueValidationException when the stored content breaks a rule (it should not)
   */
  public Catalogue read() {
    return new Catalogue(
        all(Pact.class).stream().map(CatalogueExport::pact).toList(),
        all(Region.class).stream().map(CatalogueExport::region).toList(),
        all(Organisation.class).stream().map(CatalogueExport::organisation).toList(),
        all(Ambassador.class).stream().map(CatalogueExport::ambassador).toList(),
        all(CaseStudy.class).stream().map(CatalogueExport::caseStudy).toList());
  }

  private <T> List<T> all(Class<T> type) {
    return em.createQuery(
            "select e from " + type.getSimpleName() + " e where e.deletedAt is null order by e.id",
            type)
        .getResultList();
  }

  private static PactEntry pact(Pact p) {
    return new PactEntry(
        p.getSlug(),
        p.getName(),
        p.getSignedOn().orElse(null),
        p.getDescription(),
        p.getRegionsIntroduction(),
        p.getThemes().stream()
            .map(t -> new ThemeEntry(t.getNumber(), t.getTitle(), t.getDescription()))
            .toList(),
        p.getGoals().stream()
            .map(
                g ->
                    new GoalEntry(
                        g.getNumber(),
                        g.getTitle(),
                        g.getDescription(),
                        g.getEducationLevels(),
                        g.getTheme().map(Theme::getNumber).orElse(null)))
            .toList());
  }

  private static RegionEntry region(Region r) {
    return new RegionEntry(
        r.getSlug(),
        r.getName(),
        r.getProvinces(),
        r.getAmbitions(),
        r.getContact(),
        r.needsConfirmation(),
        r.getPublication());
  }

  private static OrganisationEntry organisation(Organisation o) {
    return new OrganisationEntry(
        o.getSlug(), o.getName(), o.getKind(), slugOf(o.getRegion()), o.getWebsite());
  }

  private static AmbassadorEntry ambassador(Ambassador a) {
    return new AmbassadorEntry(
        a.getSlug(),
        a.getName(),
        a.getRole(),
        a.getTeaser(),
        a.getProfile(),
        a.getPhoto(),
        references(a.getGoals()),
        a.getPublication(),
        slugOf(a.getRegion()));
  }

  private static CaseStudyEntry caseStudy(CaseStudy c) {
    return new CaseStudyEntry(
        c.getSlug(),
        c.getTitle(),
        c.getSubtitle(),
        c.getSummary(),
        c.getBody(),
        slugOf(c.getRegion()),
        references(c.getGoals()),
        c.getEducationLevels(),
        c.getPartners().stream().map(Organisation::getSlug).collect(Collectors.<Slug>toSet()),
        c.getPhoto(),
        c.getPublication());
  }

  private static Slug slugOf(Optional<Region> region) {
    return region.filter(r -> !r.isDeleted()).map(Region::getSlug).orElse(null);
  }

  private static Set<GoalReference> references(List<Goal> goals) {
    return goals.stream()
        .filter(g -> !g.getPact().isDeleted())
        .map(CatalogueExport::reference)
        .collect(Collectors.toSet());
  }

  private static GoalReference reference(Goal g) {
    return new GoalReference(g.getPact().getSlug(), g.getNumber());
  }
}
