package nl.techniekpact.model.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import nl.techniekpact.model.catalogue.CaseStudyEntry;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.CatalogueImport;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.JpaPactRepository;
import nl.techniekpact.model.region.JpaRegionRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.Page;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.model.testing.StatementCounter;
import nl.techniekpact.model.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CaseStudyRepository#findPublished(CaseFilter, Instant, Page)} and {@link
 * CaseStudyRepository#countPublished(CaseFilter, Instant)} on H2 with the seed, plus a draft, a
 * future, a softly deleted and an ended case that match every filter and must never show. Expected
 * lists come from the seed.
 */
class FilteredCaseQueriesTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final Catalogue SEED = Catalogue.seed();

  private static TestDatabase db;

  @BeforeAll
  static void importSeedAndHiddenCases() {
    db = TestDatabase.h2();
    db.transact(
        em -> {
          CatalogueImport.into(em).persist(SEED);
          Region zuid =
              new JpaRegionRepository(em).findBySlug(Slug.of("zuid-nederland")).orElseThrow();
          Goal four = new JpaPactRepository(em).findGoal(Slug.of("techniekpact"), 4).orElseThrow();
          for (String slug :
              List.of(
                  "verborgen-concept",
                  "verborgen-gepland",
                  "verborgen-verwijderd",
                  "verborgen-verlopen")) {
            CaseStudy hidden =
                new CaseStudy(Slug.of(slug), LocalizedText.of("Verborgen"), LocalizedText.of("x"));
            hidden.locateIn(zuid);
            hidden.linkGoal(four);
            hidden.concern(java.util.Set.of(EducationLevel.MBO));
            if (slug.endsWith("gepland")) {
              hidden.scheduleAt(NOW.plusSeconds(3600));
            } else if (slug.endsWith("verwijderd")) {
              hidden.publish(NOW.minusSeconds(3600));
              hidden.delete(NOW.minusSeconds(60));
            } else if (slug.endsWith("verlopen")) {
              hidden.publish(NOW.minusSeconds(3600));
              hidden.unpublishAt(NOW);
            }
            new JpaCaseStudyRepository(em).save(hidden);
          }
        });
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Test
  void noFilterListsAndCountsEveryPublishedCase() {
    assertThat(slugs(em -> CaseFilter.ALL, Page.first(100)))
        .containsExactlyElementsOf(seedSlugs(c -> true));
    assertThat(count(em -> CaseFilter.ALL)).isEqualTo(SEED.cases().size());
  }

  @Test
  void aRegionFilterKeepsTheCasesLocatedThere() {
    Function<jakarta.persistence.EntityManager, CaseFilter> zuid =
        em -> CaseFilter.ALL.inRegion(region(em, "zuid-nederland"));

    assertThat(slugs(zuid, Page.first(100)))
        .containsExactlyElementsOf(seedSlugs(c -> Slug.of("zuid-nederland").equals(c.region())))
        .hasSize(2);
    assertThat(count(zuid)).isEqualTo(2);
  }

  @Test
  void aGoalFilterKeepsTheCasesLinkedToItOnceEach() {
    Function<jakarta.persistence.EntityManager, CaseFilter> three =
        em -> CaseFilter.ALL.forGoal(goal(em, 3));

    List<String> expected = seedSlugs(c -> c.goals().stream().anyMatch(g -> g.number() == 3));
    assertThat(slugs(three, Page.first(100))).containsExactlyElementsOf(expected).hasSize(4);
    assertThat(count(three)).isEqualTo(expected.size());
  }

  @Test
  void aLevelFilterKeepsTheCasesConcerningIt() {
    Function<jakarta.persistence.EntityManager, CaseFilter> mbo =
        em -> CaseFilter.ALL.atLevel(EducationLevel.MBO);

    List<String> expected = seedSlugs(c -> c.educationLevels().contains(EducationLevel.MBO));
    assertThat(slugs(mbo, Page.first(100))).containsExactlyElementsOf(expected).hasSize(3);
    assertThat(count(mbo)).isEqualTo(3);
  }

  @Test
  void filtersCombineWithAnd() {
    Function<jakarta.persistence.EntityManager, CaseFilter> vmboGoalThreeInZuidwest =
        em ->
            CaseFilter.ALL
                .inRegion(region(em, "zuidwest-nederland"))
                .forGoal(goal(em, 3))
                .atLevel(EducationLevel.VO);

    assertThat(slugs(vmboGoalThreeInZuidwest, Page.first(100)))
        .containsExactly("m-tech-drechtsteden");
    assertThat(count(vmboGoalThreeInZuidwest)).isEqualTo(1);
    assertThat(count(em -> CaseFilter.ALL.forGoal(goal(em, 4)).atLevel(EducationLevel.MBO)))
        .isZero();
  }

  @Test
  void pagesOfAFilteredListAreCutInTheDatabase() {
    Function<jakarta.persistence.EntityManager, CaseFilter> goalThree =
        em -> CaseFilter.ALL.forGoal(goal(em, 3));
    List<String> all = seedSlugs(c -> c.goals().stream().anyMatch(g -> g.number() == 3));

    assertThat(slugs(goalThree, new Page(0, 3))).containsExactlyElementsOf(all.subList(0, 3));
    assertThat(slugs(goalThree, new Page(3, 3))).containsExactlyElementsOf(all.subList(3, 4));
    assertThat(slugs(goalThree, new Page(6, 3))).isEmpty();
  }

  @Test
  void theScheduledCaseAppearsOnceItsMomentHasCome() {
    long later =
        db.read(
            em ->
                new JpaCaseStudyRepository(em)
                    .countPublished(
                        CaseFilter.ALL.inRegion(region(em, "zuid-nederland")),
                        NOW.plusSeconds(7200)));

    assertThat(later).isEqualTo(3);
  }

  @Test
  void aFilteredPageTakesAFixedNumberOfStatements() {
    int statements =
        db.read(
            em -> {
              CaseFilter filter =
                  CaseFilter.ALL
                      .inRegion(region(em, "zuidwest-nederland"))
                      .atLevel(EducationLevel.VO);
              StatementCounter.reset();
              JpaCaseStudyRepository cases = new JpaCaseStudyRepository(em);
              cases.countPublished(filter, NOW);
              for (CaseStudy c : cases.findPublished(filter, NOW, Page.first(20))) {
                c.getGoals().forEach(Goal::getNumber);
                c.getPartners().forEach(o -> o.getSlug());
                c.getEducationLevels();
              }
              return StatementCounter.count();
            });

    assertThat(statements).isBetween(3, 5);
  }

  private static List<String> slugs(
      Function<jakarta.persistence.EntityManager, CaseFilter> filter, Page page) {
    return db.read(
        em ->
            new JpaCaseStudyRepository(em)
                .findPublished(filter.apply(em), NOW, page).stream()
                    .map(c -> c.getSlug().getValue())
                    .toList());
  }

  private static long count(Function<jakarta.persistence.EntityManager, CaseFilter> filter) {
    return db.read(em -> new JpaCaseStudyRepository(em).countPublished(filter.apply(em), NOW));
  }

  private static List<String> seedSlugs(java.util.function.Predicate<CaseStudyEntry> which) {
    return SEED.cases().stream().filter(which).map(c -> c.slug().getValue()).toList();
  }

  private static Region region(jakarta.persistence.EntityManager em, String slug) {
    return new JpaRegionRepository(em).findBySlug(Slug.of(slug)).orElseThrow();
  }

  private static Goal goal(jakarta.persistence.EntityManager em, int number) {
    return new JpaPactRepository(em).findGoal(Slug.of("techniekpact"), number).orElseThrow();
  }
}
