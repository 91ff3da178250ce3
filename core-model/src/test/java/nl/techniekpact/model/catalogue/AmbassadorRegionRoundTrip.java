package nl.techniekpact.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import nl.techniekpact.model.ambassador.JpaAmbassadorRepository;
import nl.techniekpact.model.region.JpaRegionRepository;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.model.testing.TestDatabase;

/**
 * The round trip of an ambassador's region through export, JSON and import into an empty database,
 * run on H2 and PostgreSQL by their tests: the region comes back, national ambassadors stay
 * national.
 */
final class AmbassadorRegionRoundTrip {

  static final String AMBASSADOR = "ans-hekkenberg";
  static final String REGION = "noord-nederland";

  private AmbassadorRegionRoundTrip() {}

  /**
   * Places {@value #AMBASSADOR} of the seed in {@code source} in {@value #REGION}, exports, writes
   * and reads the JSON, imports it into {@code target} (empty) and checks the region arrived.
   */
  static void check(TestDatabase source, TestDatabase target) {
    source.transact(em -> locate(em, REGION));
    try {
      Catalogue exported = source.read(em -> CatalogueExport.from(em).read());
      assertThat(entry(exported).region()).isEqualTo(Slug.of(REGION));
      assertThat(exported.ambassadors())
          .filteredOn(a -> !a.slug().getValue().equals(AMBASSADOR))
          .allMatch(a -> a.region() == null);

      String json = CatalogueJson.toJson(exported);
      Catalogue back = CatalogueJson.fromJson(json);
      assertThat(back).isEqualTo(exported);
      assertThat(entry(back).region()).isEqualTo(Slug.of(REGION));

      target.transact(em -> CatalogueImport.into(em).persist(back));
      assertThat(regionIn(target, AMBASSADOR)).contains(REGION);
      assertThat(regionIn(target, "andre-kuipers")).isEmpty();
      Catalogue again = target.read(em -> CatalogueExport.from(em).read());
      assertThat(again).isEqualTo(exported);
    } finally {
      source.transact(em -> locate(em, null));
    }
  }

  private static AmbassadorEntry entry(Catalogue catalogue) {
    return catalogue.ambassadors().stream()
        .filter(a -> a.slug().getValue().equals(AMBASSADOR))
        .findFirst()
        .orElseThrow();
  }

  private static Optional<String> regionIn(TestDatabase db, String ambassador) {
    return db.read(
        em ->
            new JpaAmbassadorRepository(em)
                .findBySlug(Slug.of(ambassador))
                .orElseThrow()
                .getRegion()
                .map(r -> r.getSlug().getValue()));
  }

  private static void locate(EntityManager em, String region) {
    new JpaAmbassadorRepository(em)
        .findBySlug(Slug.of(AMBASSADOR))
        .orElseThrow()
        .locateIn(
            region == null
                ? null
                : new JpaRegionRepository(em).findBySlug(Slug.of(region)).orElseThrow());
  }
}
