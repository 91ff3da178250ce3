package nl.techniekpact.model.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.JpaPactRepository;
import nl.techniekpact.model.region.JpaRegionRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.Page;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.model.shared.VisibleAt;
import nl.techniekpact.model.testing.GeneratedCaseDatabases;
import nl.techniekpact.model.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-memory listing never disagrees with the database: for generated cases in every state
 * (published, ended, drafts, scheduled due and not yet, archived, national, softly deleted), every
 * combination of region, goal and level, and moments on both sides of scheduled starts and ends to
 * the microsecond, its counts and pages equal what the database's rule ({@link VisibleAt}) selects,
 * on H2 and on PostgreSQL — also after cases change and the listing takes in the changed rows.
 */
class CaseListingTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final Duration MICRO = Duration.of(1, ChronoUnit.MICROS);

  /** Moments at which the generated states start or end, and one microsecond either side. */
  private static final List<Instant> EDGES =
      Stream.of(
              NOW,
              NOW.minusSeconds(60),
              NOW.minusSeconds(1),
              NOW.plusSeconds(3600),
              NOW.minusSeconds(3600),
              NOW.plusSeconds(7 * 3600))
          .flatMap(m -> Stream.of(m.minus(MICRO), m, m.plus(MICRO)))
          .toList();

  private static final List<Instant> MOMENTS =
      List.of(NOW, NOW.plusSeconds(2 * 3600), NOW.minusSeconds(30 * 24 * 3600));

  private static GeneratedCaseDatabases databases;

  @BeforeAll
  static void importGeneratedCases() throws IOException {
    databases = GeneratedCaseDatabases.around(NOW, 7);
  }

  @AfterAll
  static void stop() throws IOException {
    if (databases != null) {
      databases.close();
    }
  }

  static Stream<Arguments> databasesAndMoments() {
    return GeneratedCaseDatabases.namesAnd(MOMENTS);
  }

  private static TestDatabase db(String name) {
    return databases.named(name);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("databasesAndMoments")
  void everyFilterCombinationCountsAndPagesAsTheDatabaseRule(String database, Instant now) {
    db(database)
        .read(
            em -> {
              CaseListing listing = loaded(em);
              List<CaseFilter> filters = everyCombination(em);
              assertThat(filters).hasSizeGreaterThan(100);
              int nonEmpty = 0;
              for (CaseFilter filter : filters) {
                List<Long> expected = ruleIds(em, filter, now);
                nonEmpty += expected.isEmpty() ? 0 : 1;
                assertThat(listing.count(filter, now))
                    .as("count of %s", filter)
                    .isEqualTo(expected.size());
                assertThat(listing.pageIds(filter, now, new Page(0, Page.MAX_LIMIT)))
                    .as("first page of %s", filter)
                    .containsExactlyElementsOf(
                        expected.subList(0, Math.min(expected.size(), Page.MAX_LIMIT)));
                int middle = expected.size() / 2;
                assertThat(listing.pageIds(filter, now, new Page(middle, 7)))
                    .as("a middle page of %s", filter)
                    .containsExactlyElementsOf(
                        expected.subList(middle, Math.min(expected.size(), middle + 7)));
                assertThat(listing.pageIds(filter, now, new Page(expected.size(), 20)))
                    .as("the page after the last of %s", filter)
                    .isEmpty();
              }
              assertThat(nonEmpty).as("filters with cases").isGreaterThan(60);
              return null;
            });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void aroundEveryScheduledStartAndEndToTheMicrosecondTheListingAgrees(String database) {
    db(database)
        .read(
            em -> {
              CaseListing listing = loaded(em);
              List<CaseFilter> filters = someFilters(em);
              Set<Long> counts = new java.util.HashSet<>();
              for (Instant moment : EDGES) {
                for (CaseFilter filter : filters) {
                  List<Long> expected = ruleIds(em, filter, moment);
                  assertThat(listing.count(filter, moment))
                      .as("count of %s at %s", filter, moment)
                      .isEqualTo(expected.size());
                  assertThat(listing.pageIds(filter, moment, new Page(0, Page.MAX_LIMIT)))
                      .as("list of %s at %s", filter, moment)
                      .containsExactlyElementsOf(
                          expected.subList(0, Math.min(expected.size(), Page.MAX_LIMIT)));
                  if (filter.equals(CaseFilter.ALL)) {
                    counts.add((long) expected.size());
                  }
                }
              }
              // the moments do fall on changes: the total differs across them
              assertThat(counts).hasSizeGreaterThan(3);
              return null;
            });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void theRepositoryOnTheListingGivesTheSameCasesAsTheDatabaseRepository(String database) {
    db(database)
        .read(
            em -> {
              CaseListing listing = loaded(em);
              JpaCaseStudyRepository plain = new JpaCaseStudyRepository(em);
              ListedCaseStudyRepository listed = new ListedCaseStudyRepository(plain, listing);
              for (CaseFilter filter : someFilters(em)) {
                assertThat(listed.countPublished(filter, NOW))
                    .isEqualTo(plain.countPublished(filter, NOW));
                for (Page page : List.of(Page.first(20), new Page(40, 20), new Page(300, 9))) {
                  assertThat(ids(listed.findPublished(filter, NOW, page)))
                      .as("%s of %s", page, filter)
                      .isNotNull()
                      .containsExactlyElementsOf(ids(plain.findPublished(filter, NOW, page)));
                }
              }
              return null;
            });
  }

  @Test
  void aListingThatIsNotReadyLeavesEveryAnswerToTheDatabase() {
    databases
        .h2()
        .read(
            em -> {
              CaseListing empty = new CaseListing();
              JpaCaseStudyRepository plain = new JpaCaseStudyRepository(em);
              ListedCaseStudyRepository listed = new ListedCaseStudyRepository(plain, empty);
              assertThat(empty.isReady()).isFalse();
              assertThat(listed.countPublished(NOW))
                  .isEqualTo(plain.countPublished(NOW))
                  .isPositive();
              CaseListing loaded = loaded(em);
              loaded.unready();
              loaded.remove(ids(plain.findPublished(NOW, Page.first(1))).get(0));
              assertThat(new ListedCaseStudyRepository(plain, loaded).countPublished(NOW))
                  .isEqualTo(plain.countPublished(NOW));
              return null;
            });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void afterEachKindOfChangeTheChangedRowKeepsTheListingInStep(String database) {
    TestDatabase db = db(database);
    CaseListing listing = db.read(CaseListingTest::loaded);
    String slug = "gegenereerd-1";
    List<java.util.function.Consumer<EntityManager>> changes =
        List.of(
            em -> one(em, slug).withdraw(),
            em -> one(em, slug).publish(NOW.minusSeconds(10)),
            em -> one(em, slug).unpublishAt(NOW.plusSeconds(30)),
            em -> one(em, slug).scheduleAt(NOW.plusSeconds(5)),
            em -> one(em, slug).locateIn(region(em, "noord-nederland")),
            em -> one(em, slug).locateIn(null),
            em -> one(em, slug).linkGoal(goal(em, 11)),
            em -> one(em, slug).unlinkGoal(goal(em, 11)),
            em -> one(em, slug).concern(Set.of(EducationLevel.WERKENDEN, EducationLevel.PO)),
            em -> one(em, slug).concern(Set.of()),
            em -> one(em, slug).delete(NOW),
            em -> one(em, slug).restore(),
            em -> one(em, slug).publish(NOW.minusSeconds(10)));
    for (var change : changes) {
      db.transact(change);
      db.read(em -> ListedCases.readBySlug(em, slug)).ifPresent(listing::put);
      db.read(
          em -> {
            for (CaseFilter filter : someFilters(em)) {
              for (Instant moment : List.of(NOW, NOW.plusSeconds(6), NOW.plusSeconds(40))) {
                assertThat(listing.count(filter, moment))
                    .as("count of %s at %s", filter, moment)
                    .isEqualTo(ruleIds(em, filter, moment).size());
                assertThat(listing.pageIds(filter, moment, new Page(0, Page.MAX_LIMIT)))
                    .as("list of %s at %s", filter, moment)
                    .containsExactlyElementsOf(limited(ruleIds(em, filter, moment)));
              }
            }
            return null;
          });
    }
    // a case removed for good is gone from the database's answer; the listing drops it by id
    long id = db.read(em -> one(em, slug).getId());
    db.transact(em -> new JpaCaseStudyRepository(em).delete(one(em, slug)));
    Optional<ListedCase> gone = db.read(em -> ListedCases.read(em, id));
    assertThat(gone).isEmpty();
    listing.remove(id);
    assertThat(listing.count(CaseFilter.ALL, NOW))
        .isEqualTo(db.read(em -> ruleIds(em, CaseFilter.ALL, NOW)).size());
    assertThat(listing.size()).isEqualTo(db.read(ListedCases::readAll).size());
  }

  private static CaseListing loaded(EntityManager em) {
    CaseListing listing = new CaseListing();
    listing.replaceAll(ListedCases.readAll(em));
    assertThat(listing.isReady()).isTrue();
    assertThat(listing.size()).isGreaterThan(1500);
    return listing;
  }

  private static CaseStudy one(EntityManager em, String slug) {
    return new JpaCaseStudyRepository(em).findBySlug(Slug.of(slug)).orElseThrow();
  }

  private static Region region(EntityManager em, String slug) {
    return new JpaRegionRepository(em).findBySlug(Slug.of(slug)).orElseThrow();
  }

  private static Goal goal(EntityManager em, int number) {
    return new JpaPactRepository(em).findGoal(Slug.of("techniekpact"), number).orElseThrow();
  }

  private static List<Long> limited(List<Long> ids) {
    return ids.subList(0, Math.min(ids.size(), Page.MAX_LIMIT));
  }

  private static List<Long> ids(List<CaseStudy> cases) {
    return cases.stream().map(CaseStudy::getId).toList();
  }

  /**
   * The database's own answer, written plainly: the rule of {@link VisibleAt} and the filter as
   * joins, ids in order.
   */
  private static List<Long> ruleIds(EntityManager em, CaseFilter filter, Instant now) {
    StringBuilder jpql = new StringBuilder("select distinct c.id from CaseStudy c");
    if (filter.goal() != null) {
      jpql.append(" join c.goals g");
    }
    if (filter.level() != null) {
      jpql.append(" join c.educationLevels l");
    }
    jpql.append(" where ").append(VisibleAt.condition("c"));
    if (filter.region() != null) {
      jpql.append(" and c.region = :region");
    }
    if (filter.goal() != null) {
      jpql.append(" and g = :goal");
    }
    if (filter.level() != null) {
      jpql.append(" and l = :level");
    }
    jpql.append(" order by c.id");
    var query = VisibleAt.bind(em.createQuery(jpql.toString(), Long.class), now);
    if (filter.region() != null) {
      query.setParameter("region", filter.region());
    }
    if (filter.goal() != null) {
      query.setParameter("goal", filter.goal());
    }
    if (filter.level() != null) {
      query.setParameter("level", filter.level());
    }
    return query.getResultList();
  }

  /** Every region (or none) with goals 1, 4, 7, 12 (or none) and every level (or none). */
  private static List<CaseFilter> everyCombination(EntityManager em) {
    List<Region> regions = new ArrayList<>(new JpaRegionRepository(em).findAll());
    regions.add(null);
    List<Goal> goals = new ArrayList<>();
    for (int n : new int[] {1, 4, 7, 12}) {
      goals.add(goal(em, n));
    }
    goals.add(null);
    List<EducationLevel> levels = new ArrayList<>(List.of(EducationLevel.values()));
    levels.add(null);
    List<CaseFilter> filters = new ArrayList<>();
    for (Region region : regions) {
      for (Goal goal : goals) {
        for (EducationLevel level : levels) {
          filters.add(new CaseFilter(region, goal, level));
        }
      }
    }
    return filters;
  }

  private static List<CaseFilter> someFilters(EntityManager em) {
    Region noord = region(em, "noord-nederland");
    return List.of(
        CaseFilter.ALL,
        CaseFilter.ALL.inRegion(noord),
        CaseFilter.ALL.forGoal(goal(em, 11)),
        CaseFilter.ALL.atLevel(EducationLevel.PO),
        CaseFilter.ALL.inRegion(noord).forGoal(goal(em, 11)).atLevel(EducationLevel.WERKENDEN),
        CaseFilter.ALL.forGoal(goal(em, 4)).atLevel(EducationLevel.MBO));
  }
}
