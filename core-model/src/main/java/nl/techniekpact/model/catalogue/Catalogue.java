package nl.techniekpact.model.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The whole content of the pact domain in memory (de catalogus): pact editions with their goals and
 * themes, the landsdelen, partner organisations, the aanjager and ambassadeurs, and the cases.
 * Everything refers to everything else by slug (goals by {@link GoalReference pact/number}), so a
 * catalogue can be written to JSON, read back, compared with {@code equals}, and imported into any
 * database.
 *
 * <p>A catalogue is always consistent: its constructor checks every rule of the domain and every
 * reference, and reports all problems at once in a {@link CatalogueValidationException}, each with
 * its path, for example {@code cases[3].region: unknown region "oost-brabant"}.
 *
 * <pre>{@code
 * Catalogue seed = Catalogue.seed();                       // the bundled Techniekpact content
 * CatalogueJson.write(seed, Files.newOutputStream(path));  // export to JSON
 * Catalogue edited = CatalogueJson.read(Files.newInputStream(path));
 *
 * em.getTransaction().begin();                             // the caller owns the transaction
 * CatalogueImport.into(em).persist(edited);                // all or nothing
 * em.getTransaction().commit();
 *
 * Catalogue stored = CatalogueExport.from(em).read();      // back from the database
 * }</pre>
 *
 * @param pacts the pact editions
 * @param regions the landsdelen
 * @param organisations the partner organisations
 * @param ambassadors the aanjager and ambassadeurs
 * @param cases the case studies
 * @since 0.1.0
 */
public record Catalogue(
    List<PactEntry> pacts,
    List<RegionEntry> regions,
    List<OrganisationEntry> organisations,
    List<AmbassadorEntry> ambassadors,
    List<CaseStudyEntry> cases) {

  /** Where the seed dataset lives on the class path. */
  public static final String SEED_RESOURCE = "/nl/techniekpact/model/catalogue/seed.json";

  public Catalogue {
    pacts = pacts == null ? List.of() : List.copyOf(pacts);
    regions = regions == null ? List.of() : List.copyOf(regions);
    organisations = organisations == null ? List.of() : List.copyOf(organisations);
    ambassadors = ambassadors == null ? List.of() : List.copyOf(ambassadors);
    cases = cases == null ? List.of() : List.copyOf(cases);
    CatalogueGraph.build(pacts, regions, organisations, ambassadors, cases);
  }

  /**
   * The seed content of the Techniekpact site, bundled in this jar: the introduction and the
   * landsdelen text (on the pact edition), the Techniekpact of 13 May 2013 with its 12 goals, the
   * five landsdelen (three of them placeholders to be confirmed), the aanjager and two
   * ambassadeurs, the partner organisations named in the cases, and the nine cases. Everything is
   * published.
   *
   * <pre>{@code
   * Catalogue seed = Catalogue.seed();
   * seed.pacts().get(0).goals().size(); // 12
   * }</pre>
   *
   * <p>Needs a JSON-P implementation at run time (Parsson; a Jakarta EE server has one).
   *
   * @return the seed catalogue
   */
  public static Catalogue seed() {
    try (InputStream in = Catalogue.class.getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SEED_RESOURCE + " is missing from the class path");
      }
      return CatalogueJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An empty catalogue.
   *
   * @return a catalogue without content
   */
  public static Catalogue empty() {
    return new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
