package nl.techniekpact.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.ambassador.AmbassadorRole;
import nl.techniekpact.model.ambassador.JpaAmbassadorRepository;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.casestudy.JpaCaseStudyRepository;
import nl.techniekpact.model.organisation.JpaOrganisationRepository;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.JpaPactRepository;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.region.JpaRegionRepository;
import nl.techniekpact.model.region.Province;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.ImageReference;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.Page;
import nl.techniekpact.model.shared.PublicationStatus;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.model.testing.StatementCounter;
import nl.techniekpact.model.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** core-model in plain Java SE: EclipseLink without weaving, in-memory H2, the shipped schema. */
class JavaSeCatalogueTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private static ValidatorFactory validation;
  private static Validator validator;
  private TestDatabase db;

  @BeforeAll
  static void startValidation() {
    validation = Validation.buildDefaultValidatorFactory();
    validator = validation.getValidator();
  }

  @AfterAll
  static void stopValidation() {
    validation.close();
  }

  @BeforeEach
  void importSeed() {
    db = TestDatabase.h2();
    ImportSummary summary =
        db.inTransaction(
            em -> CatalogueImport.into(em).validatingWith(validator).persist(Catalogue.seed()));
    assertThat(summary).isEqualTo(new ImportSummary(1, 12, 5, 7, 3, 9));
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void theTwelveGoalsComeBackOrderedByNumberWithTheirExactTitles() {
    List<Goal> goals = db.read(em -> new JpaPactRepository(em).findGoals(Slug.of("techniekpact")));

    assertThat(goals)
        .extracting(Goal::getNumber)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(goals.get(0).getTitle().getNl())
        .isEqualTo("Basisscholen bieden in 2020 structureel W&T aan");
    assertThat(goals.get(9).getTitle().getNl())
        .isEqualTo(
            "Afstemming tussen ho-instellingen met bedrijfsleven en binnen het ho, en meer aandacht"
                + " voor internationaal en technisch talent");
    assertThat(goals.get(11).getEducationLevels()).containsExactly(EducationLevel.WERKENDEN);
  }

  @Test
  void theCurrentPactIsTheEditionOf2013WithTheIntroductionTexts() {
    Pact pact = db.read(em -> new JpaPactRepository(em).findCurrent().orElseThrow());

    assertThat(pact.getName()).isEqualTo("Techniekpact");
    assertThat(pact.getSignedOn()).hasValue(java.time.LocalDate.of(2013, 5, 13));
    assertThat(pact.getDescription().getNl()).startsWith("Techniekpact moet de aansluiting");
    assertThat(pact.getRegionsIntroduction().getNl())
        .startsWith("Binnen vijf landsdelen vindt de uitvoering");
    assertThat(pact.getVersion()).isEqualTo(1);
    assertThat(pact.getCreatedAt()).isNotNull().isEqualTo(pact.getUpdatedAt());
  }

  @Test
  void fiveRegionsOfWhichThreeAwaitConfirmation() {
    List<Region> regions = db.read(em -> new JpaRegionRepository(em).findPublished(NOW));

    assertThat(regions).hasSize(5);
    assertThat(regions)
        .filteredOn(Region::needsConfirmation)
        .extracting(Region::getName)
        .containsExactlyInAnyOrder("Noordwest-Nederland", "Zuidwest-Nederland", "Zuid-Nederland");
    Region noord =
        db.read(em -> new JpaRegionRepository(em).findBySlug(Slug.of("noord-nederland")))
            .orElseThrow();
    assertThat(noord.getProvinces())
        .containsExactly(Province.GRONINGEN, Province.FRIESLAND, Province.DRENTHE);
  }

  @Test
  void theAanjagerComesFirstThenTheAmbassadors() {
    List<Ambassador> faces = db.read(em -> new JpaAmbassadorRepository(em).findPublished(NOW));

    assertThat(faces)
        .extracting(Ambassador::getName)
        .containsExactly("Doekle Terpstra", "André Kuipers", "Ans Hekkenberg");
    assertThat(faces.get(0).getRole()).isEqualTo(AmbassadorRole.AANJAGER);
    assertThat(faces.get(1).getGoals()).extracting(Goal::getNumber).containsExactly(4);
  }

  @Test
  void anAmbassadorMayBelongToARegionAndIsNationalByDefault() {
    db.transact(
        em ->
            new JpaAmbassadorRepository(em)
                .findBySlug(Slug.of("andre-kuipers"))
                .orElseThrow()
                .locateIn(
                    new JpaRegionRepository(em)
                        .findBySlug(Slug.of("noord-nederland"))
                        .orElseThrow()));

    Ambassador andre =
        db.read(
            em ->
                new JpaAmbassadorRepository(em).findBySlug(Slug.of("andre-kuipers")).orElseThrow());
    Ambassador ans =
        db.read(
            em ->
                new JpaAmbassadorRepository(em)
                    .findBySlug(Slug.of("ans-hekkenberg"))
                    .orElseThrow());

    assertThat(andre.getRegion()).map(r -> r.getSlug().getValue()).contains("noord-nederland");
    assertThat(ans.getRegion()).isEmpty();
  }

  @Test
  void anAmbassadorsRegionSurvivesExportJsonAndImportOnH2() {
    TestDatabase target = TestDatabase.h2();
    try {
      AmbassadorRegionRoundTrip.check(db, target);
    } finally {
      target.close();
    }
  }

  @Test
  void allNineCasesArePublishedInTheOrderOfThePage() {
    List<CaseStudy> cases =
        db.read(em -> new JpaCaseStudyRepository(em).findPublished(NOW, Page.first(20)));

    assertThat(cases).hasSize(9);
    assertThat(cases.get(1).getTitle().getNl()).isEqualTo("Make it Move");
    assertThat(cases.get(1).getSubtitle().getNl()).isEqualTo("Iedereen wil programmeerles");
    assertThat(cases.get(1).getRegion()).map(Region::getName).hasValue("Noord-Nederland");
    assertThat(cases.get(1).getPartners())
        .extracting(o -> o.getName())
        .containsExactly("Friesland College");
    assertThat(countPublished(db, NOW)).isEqualTo(9);
  }

  @Test
  void listingCasesTakesAFixedNumberOfStatementsNotOnePerCase() {
    int statements =
        db.read(
            em -> {
              StatementCounter.reset();
              List<CaseStudy> cases =
                  new JpaCaseStudyRepository(em).findPublished(NOW, Page.first(20));
              for (CaseStudy c : cases) {
                c.getRegion().map(Region::getName);
                c.getGoals().forEach(g -> g.getTitle());
                c.getEducationLevels();
                c.getPartners().forEach(o -> o.getRegion());
              }
              return StatementCounter.count();
            });

    assertThat(statements).isBetween(2, 4);
  }

  @Test
  void pagesSplitTheList() {
    List<CaseStudy> second =
        db.read(em -> new JpaCaseStudyRepository(em).findPublished(NOW, new Page(4, 4)));

    assertThat(second)
        .extracting(c -> c.getSlug().getValue())
        .containsExactly(
            "toptechniek-in-bedrijf-drechtsteden",
            "het-ingenieursbureau-op-school",
            "m-tech-drechtsteden",
            "matchingday-masterplan-techniek-amsterdam");
  }

  @Test
  void casesOfARegionAreThoseLocatedInIt() {
    List<CaseStudy> zuidwest =
        db.read(
            em -> {
              Region region =
                  new JpaRegionRepository(em)
                      .findBySlug(Slug.of("zuidwest-nederland"))
                      .orElseThrow();
              return new JpaCaseStudyRepository(em)
                  .findPublishedInRegion(region, NOW, Page.first(20));
            });

    assertThat(zuidwest)
        .extracting(c -> c.getSlug().getValue())
        .containsExactly(
            "toptechniek-in-bedrijf-drechtsteden",
            "m-tech-drechtsteden",
            "technipret-sterker-door-samenwerking");
  }

  @Test
  void casesOfAGoalAreThoseLinkedToIt() {
    List<CaseStudy> goalOne =
        db.read(
            em -> {
              Goal goal =
                  new JpaPactRepository(em).findGoal(Slug.of("techniekpact"), 1).orElseThrow();
              return new JpaCaseStudyRepository(em).findPublishedForGoal(goal, NOW, Page.first(20));
            });

    assertThat(goalOne).hasSize(3);
  }

  @Test
  void draftsAndFutureSchedulesStayHiddenUntilTheirMoment() {
    Instant later = Instant.parse("2026-12-01T08:30:00Z");
    db.transact(
        em -> {
          CaseStudy draft =
              new CaseStudy(
                  Slug.of("concept"), LocalizedText.of("Concept"), LocalizedText.of("Nog niet af"));
          CaseStudy planned =
              new CaseStudy(
                  Slug.of("gepland"), LocalizedText.of("Gepland"), LocalizedText.of("Straks"));
          planned.scheduleAt(later);
          planned.illustrate(ImageReference.of("/media/gepland.jpg", "Leerlingen aan het werk"));
          new JpaCaseStudyRepository(em).save(draft);
          new JpaCaseStudyRepository(em).save(planned);
        });

    assertThat(countPublished(db, NOW)).isEqualTo(9);
    assertThat(countPublished(db, later)).isEqualTo(10);
    CaseStudy planned =
        db.read(em -> new JpaCaseStudyRepository(em).findBySlug(Slug.of("gepland"))).orElseThrow();
    assertThat(planned.getPublication().getStatus()).isEqualTo(PublicationStatus.SCHEDULED);
    assertThat(planned.getPublication().getAt()).hasValue(later);
    assertThat(planned.getPhoto().getAltText()).isEqualTo("Leerlingen aan het werk");
  }

  @Test
  void anEditRaisesTheVersionAndTheUpdateMoment() {
    CaseStudy before =
        db.read(em -> new JpaCaseStudyRepository(em).findBySlug(Slug.of("make-it-move")))
            .orElseThrow();
    db.transact(
        em -> {
          CaseStudy c =
              new JpaCaseStudyRepository(em).findBySlug(Slug.of("make-it-move")).orElseThrow();
          c.writeBody(LocalizedText.of("Het hele verhaal.", "The whole story."));
          c.concern(Set.of(EducationLevel.MBO, EducationLevel.HBO_WO));
        });
    CaseStudy after =
        db.read(em -> new JpaCaseStudyRepository(em).findBySlug(Slug.of("make-it-move")))
            .orElseThrow();

    assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
    assertThat(after.getUpdatedAt()).isAfterOrEqualTo(before.getUpdatedAt());
    assertThat(after.getBody().getEn()).isEqualTo("The whole story.");
    assertThat(after.getEducationLevels())
        .containsExactly(EducationLevel.MBO, EducationLevel.HBO_WO);
  }

  @Test
  void exportingTheDatabaseGivesBackTheSeedExactly() {
    Catalogue exported = db.read(em -> CatalogueExport.from(em).read());

    assertThat(exported).isEqualTo(Catalogue.seed());
    assertThat(CatalogueJson.toJson(exported)).isEqualTo(CatalogueJson.toJson(Catalogue.seed()));
  }

  @Test
  void removedItemsAndReferencesToThemAreLeftOutOfTheExportSoAnImportDoesNotBringThemBack() {
    db.transact(
        em -> {
          new JpaRegionRepository(em)
              .findBySlug(Slug.of("noord-nederland"))
              .orElseThrow()
              .delete(NOW);
          new JpaOrganisationRepository(em)
              .findBySlug(Slug.of("tue-junior"))
              .orElseThrow()
              .delete(NOW);
          new JpaCaseStudyRepository(em)
              .findBySlug(Slug.of("bruggen-bouwen-tussen-po-en-vmbo"))
              .orElseThrow()
              .delete(NOW);
        });

    Catalogue exported = db.read(em -> CatalogueExport.from(em).read());

    assertThat(exported.regions())
        .extracting(r -> r.slug().getValue())
        .doesNotContain("noord-nederland");
    assertThat(exported.organisations())
        .extracting(o -> o.slug().getValue())
        .doesNotContain("tue-junior");
    assertThat(exported.cases())
        .extracting(c -> c.slug().getValue())
        .doesNotContain("bruggen-bouwen-tussen-po-en-vmbo");
    assertThat(entry(exported, "make-it-move").region()).isNull();
    assertThat(entry(exported, "het-ingenieursbureau-op-school").partners())
        .containsExactly(Slug.of("theresialyceum"));
    assertThat(
            exported.organisations().stream()
                .filter(o -> o.slug().getValue().equals("friesland-college"))
                .findFirst()
                .orElseThrow()
                .region())
        .isNull();
    try (TestDatabase other = TestDatabase.h2()) {
      ImportSummary again =
          other.inTransaction(
              em ->
                  CatalogueImport.into(em)
                      .validatingWith(validator)
                      .persist(CatalogueJson.fromJson(CatalogueJson.toJson(exported))));
      assertThat(again).isEqualTo(new ImportSummary(1, 12, 4, 6, 3, 8));
    }
  }

  private static CaseStudyEntry entry(Catalogue catalogue, String slug) {
    return catalogue.cases().stream()
        .filter(c -> c.slug().getValue().equals(slug))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void organisationsCanBeFoundByRegion() {
    int inZuid =
        db.read(
            em -> {
              Region zuid =
                  new JpaRegionRepository(em).findBySlug(Slug.of("zuid-nederland")).orElseThrow();
              return new JpaOrganisationRepository(em).findByRegion(zuid).size();
            });

    assertThat(inZuid).isEqualTo(3);
  }

  @Test
  void importingTheSeedTwiceIsRefusedAndLeavesOneCopy() {
    assertThatThrownBy(() -> db.transact(em -> CatalogueImport.into(em).persist(Catalogue.seed())))
        .isInstanceOf(CatalogueValidationException.class)
        .hasMessageContaining("regions[0].slug: slug \"noord-nederland\" is already taken");

    assertThat(regions(db)).hasSize(5);
  }

  @Test
  void aBadCatalogueWritesNothing() {
    try (TestDatabase empty = TestDatabase.h2()) {
      String json =
          CatalogueJson.toJson(Catalogue.seed())
              .replace("\"region\": \"zuid-nederland\"", "\"region\": \"oost-brabant\"");

      assertThatThrownBy(
              () ->
                  empty.inTransaction(
                      em -> CatalogueImport.into(em).persist(CatalogueJson.fromJson(json))))
          .isInstanceOf(CatalogueValidationException.class)
          .hasMessageContaining("cases[3].region: unknown region \"oost-brabant\"");

      assertThat(pacts(empty)).isEmpty();
      assertThat(regions(empty)).isEmpty();
      List<CaseStudy> cases =
          empty.read(em -> new JpaCaseStudyRepository(em).findAll(Page.first(50)));
      assertThat(cases).isEmpty();
    }
  }

  @Test
  void aDatabaseFailureDuringImportIsUndoneByTheCallersRollback() {
    try (TestDatabase other = TestDatabase.h2()) {
      List<Long> ids = new ArrayList<>();
      other.transact(
          em -> {
            em.createNativeQuery(
                    "ALTER TABLE case_study ADD CONSTRAINT ck_test_refuse CHECK (slug <> 'make-it-move')")
                .executeUpdate();
          });

      assertThatThrownBy(
              () ->
                  other.transact(
                      em -> {
                        CatalogueImport.into(em).persist(Catalogue.seed());
                        ids.add(1L);
                      }))
          .isInstanceOf(jakarta.persistence.PersistenceException.class);

      assertThat(ids).isEmpty();
      assertThat(pacts(other)).isEmpty();
    }
  }

  private static long countPublished(TestDatabase db, Instant now) {
    return db.read(em -> new JpaCaseStudyRepository(em).countPublished(now));
  }

  private static List<Region> regions(TestDatabase db) {
    return db.read(em -> new JpaRegionRepository(em).findAll());
  }

  private static List<Pact> pacts(TestDatabase db) {
    return db.read(em -> new JpaPactRepository(em).findAll());
  }
}
