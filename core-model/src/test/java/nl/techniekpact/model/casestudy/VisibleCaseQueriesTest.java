package nl.techniekpact.model.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.JpaPactRepository;
import nl.techniekpact.model.region.JpaRegionRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.Page;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.model.testing.GeneratedCaseDatabases;
import nl.techniekpact.model.testing.StatementCounter;
import nl.techniekpact.model.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The repository's counts and filtered lists give exactly what a plain filter in Java over every
 * case gives ({@link CaseStudy#isVisibleAt} and the links), on H2 and on PostgreSQL, for a
 * generated set with published, ended, drafts, scheduled (due and not yet), archived, national and
 * softly deleted cases — whatever form the queries take for speed.
 */
class VisibleCaseQueriesTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final List<Instant> MOMENTS =
      List.of(NOW, NOW.plusSeconds(2 * 3600), NOW.minusSeconds(30 * 24 * 3600));

  private static GeneratedCaseDatabases databases;

  @BeforeAll
  static void importGeneratedCases() throws IOException {
    databases = GeneratedCaseDatabases.around(NOW, 5);
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
  void everyFilterCountsAndListsWhatThePlainRuleSelects(String database, Instant now) {
    db(database)
        .read(
            em -> {
              List<CaseStudy> every =
                  em.createQuery(
                          "select distinct c from CaseStudy c left join fetch c.goals"
                              + " left join fetch c.educationLevels left join fetch c.region"
                              + " order by c.id",
                          CaseStudy.class)
                      .getResultList();
              List<CaseFilter> filters = filters(em);
              assertThat(filters).hasSizeGreaterThan(20);
              for (CaseFilter filter : filters) {
                List<Long> expected =
                    every.stream()
                        .filter(c -> c.isVisibleAt(now))
                        .filter(matches(filter))
                        .map(CaseStudy::getId)
                        .toList();
                for (JpaCaseStudyRepository repository :
                    List.of(
                        new JpaCaseStudyRepository(em),
                        JpaCaseStudyRepository.withReadOnlyLists(em))) {
                  assertThat(repository.countPublished(filter, now))
                      .as("count of %s", filter)
                      .isEqualTo(expected.size());
                  assertThat(ids(repository, filter, now))
                      .as("list of %s", filter)
                      .containsExactlyElementsOf(expected);
                }
              }
              return null;
            });
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("databasesAndMoments")
  void theSetHoldsEveryKindOfHiddenCase(String database, Instant now) {
    long hidden =
        db(database)
            .read(
                em ->
                    em
                        .createQuery("select c from CaseStudy c", CaseStudy.class)
                        .getResultList()
                        .stream()
                        .filter(c -> !c.isVisibleAt(now))
                        .count());
    long deleted =
        db(database)
            .read(
                em ->
                    em.createQuery(
                            "select count(c) from CaseStudy c where c.deletedAt is not null",
                            Long.class)
                        .getSingleResult());

    assertThat(hidden).isGreaterThan(500);
    assertThat(deleted).isGreaterThan(100);
  }

  @ParameterizedTest(name = "read-only lists: {0}")
  @ValueSource(booleans = {false, true})
  void aPageCostsFourStatementsHoweverManyRegionsItsPartnersAreIn(boolean readOnly) {
    // before: the ids, the page, the pact, then one query per partner region not yet loaded
    int[] regionsOfPartners = new int[1];
    int statements =
        databases
            .h2()
            .read(
                em -> {
                  // the cases of one region, whose partners are spread over the other regions
                  CaseFilter zuid =
                      CaseFilter.ALL.inRegion(
                          new JpaRegionRepository(em)
                              .findBySlug(Slug.of("zuid-nederland"))
                              .orElseThrow());
                  StatementCounter.reset();
                  List<CaseStudy> page =
                      repository(em, readOnly).findPublished(zuid, NOW, Page.first(60));
                  for (CaseStudy c : page) {
                    c.getRegion().map(Region::getName);
                    c.getGoals().forEach(Goal::getNumber);
                    c.getEducationLevels().size();
                  }
                  regionsOfPartners[0] =
                      (int)
                          page.stream()
                              .flatMap(c -> c.getPartners().stream())
                              .map(o -> o.getRegion().map(Region::getName).orElse(""))
                              .distinct()
                              .count();
                  return StatementCounter.count();
                });

    // the ids, the partners' regions, the cases with their links, the goals' pact edition (an
    // eager to-one as well, one for every goal): not one more per region
    assertThat(regionsOfPartners[0]).isGreaterThan(2);
    assertThat(statements).isEqualTo(4);
  }

  @Test
  void aReadOnlyListHoldsTheSameCasesAndLinksOutsideThePersistenceContext() {
    databases
        .h2()
        .read(
            em -> {
              List<CaseStudy> managed =
                  new JpaCaseStudyRepository(em).findPublished(NOW, Page.first(60));
              List<CaseStudy> readOnly =
                  JpaCaseStudyRepository.withReadOnlyLists(em).findPublished(NOW, Page.first(60));

              assertThat(readOnly).hasSize(60);
              assertThat(readOnly.stream().map(VisibleCaseQueriesTest::shown))
                  .containsExactlyElementsOf(
                      managed.stream().map(VisibleCaseQueriesTest::shown).toList());
              assertThat(readOnly.stream().map(CaseStudy::getPartners).mapToInt(List::size).sum())
                  .isGreaterThan(30);
              // EclipseLink built them once, without registering (copying) them in the context
              assertThat(managed).allMatch(em::contains);
              assertThat(readOnly).noneMatch(em::contains);
              return null;
            });
  }

  @Test
  void summariesShowWhatTheCasesShowInOneStatementInTheOrderAsked() {
    databases
        .h2()
        .read(
            em -> {
              JpaCaseStudyRepository repository = JpaCaseStudyRepository.withReadOnlyLists(em);
              List<CaseStudy> cases =
                  new ArrayList<>(repository.findPublished(NOW, Page.first(60)));
              Collections.reverse(cases);
              List<Long> ids = new ArrayList<>(cases.stream().map(CaseStudy::getId).toList());
              ids.add(2, -1L); // no such case: left out

              StatementCounter.reset();
              List<CaseStudySummary> summaries = repository.findSummariesById(ids);

              assertThat(StatementCounter.count()).isEqualTo(1);
              assertThat(summaries)
                  .hasSize(60)
                  .containsExactlyElementsOf(cases.stream().map(CaseStudySummary::of).toList());
              assertThat(summaries).allMatch(s -> s.title() != null);
              // a filtered page: the same cases as the entities, as summaries
              CaseFilter filter =
                  CaseFilter.ALL.inRegion(
                      new JpaRegionRepository(em)
                          .findBySlug(Slug.of("zuid-nederland"))
                          .orElseThrow());
              assertThat(repository.findPublishedSummaries(filter, NOW, Page.first(20)))
                  .containsExactlyElementsOf(
                      repository.findPublished(filter, NOW, Page.first(20)).stream()
                          .map(CaseStudySummary::of)
                          .toList());
              return null;
            });
  }

  @Test
  void aCaseBySlugComesWithItsLinksInAFixedNumberOfStatements() {
    List<Integer> statements =
        databases
            .h2()
            .read(
                em -> {
                  List<CaseStudy> linked =
                      em.createQuery(
                              "select c from CaseStudy c where size(c.partners) > 1"
                                  + " and size(c.goals) > 1 order by c.id",
                              CaseStudy.class)
                          .setMaxResults(1)
                          .getResultList();
                  List<CaseStudy> bare =
                      em.createQuery(
                              "select c from CaseStudy c where size(c.partners) = 0"
                                  + " and size(c.goals) = 1 order by c.id",
                              CaseStudy.class)
                          .setMaxResults(1)
                          .getResultList();
                  assertThat(linked).hasSize(1);
                  assertThat(bare).hasSize(1);
                  List<Integer> counts = new ArrayList<>();
                  for (Slug slug : List.of(linked.get(0).getSlug(), bare.get(0).getSlug())) {
                    em.clear();
                    StatementCounter.reset();
                    CaseStudy found = new JpaCaseStudyRepository(em).findBySlug(slug).orElseThrow();
                    shown(found);
                    assertThat(em.contains(found)).isTrue();
                    counts.add(StatementCounter.count());
                  }
                  return counts;
                });

    // the id, the partners' regions, the case with its links, the goals' pact edition
    assertThat(statements).containsExactly(4, 4);
  }

  @Test
  void aCaseBySlugThatDoesNotExistIsEmpty() {
    Optional<CaseStudy> none =
        databases
            .h2()
            .read(em -> new JpaCaseStudyRepository(em).findBySlug(Slug.of("bestaat-niet")));

    assertThat(none).isEmpty();
  }

  /** Everything a list shows of a case, its links' names included. */
  private static String shown(CaseStudy c) {
    return String.join(
        "|",
        c.getSlug().getValue(),
        c.getTitle().getNl(),
        c.getRegion().map(Region::getName).orElse("-"),
        c.getGoals().stream().map(g -> g.getNumber() + "").toList().toString(),
        c.getEducationLevels().toString(),
        c.getPartners().stream()
            .map(o -> o.getSlug().getValue() + "@" + o.getRegion().map(Region::getName).orElse("-"))
            .toList()
            .toString());
  }

  private static JpaCaseStudyRepository repository(EntityManager em, boolean readOnly) {
    return readOnly ? JpaCaseStudyRepository.withReadOnlyLists(em) : new JpaCaseStudyRepository(em);
  }

  private static List<Long> ids(JpaCaseStudyRepository repository, CaseFilter filter, Instant now) {
    List<Long> ids = new ArrayList<>();
    for (int offset = 0; ; offset += 250) {
      List<CaseStudy> page = repository.findPublished(filter, now, new Page(offset, 250));
      page.forEach(c -> ids.add(c.getId()));
      if (page.size() < 250) {
        return ids;
      }
    }
  }

  private static Predicate<CaseStudy> matches(CaseFilter filter) {
    return c ->
        (filter.region() == null
                || c.getRegion().map(r -> r.getId().equals(filter.region().getId())).orElse(false))
            && (filter.goal() == null
                || c.getGoals().stream().anyMatch(g -> g.getId().equals(filter.goal().getId())))
            && (filter.level() == null || c.getEducationLevels().contains(filter.level()));
  }

  private static List<CaseFilter> filters(EntityManager em) {
    List<Region> regions = new JpaRegionRepository(em).findAll();
    Function<Integer, Goal> goal =
        n -> new JpaPactRepository(em).findGoal(Slug.of("techniekpact"), n).orElseThrow();
    List<CaseFilter> filters = new ArrayList<>();
    filters.add(CaseFilter.ALL);
    regions.forEach(r -> filters.add(CaseFilter.ALL.inRegion(r)));
    for (int n = 1; n <= 12; n += 3) {
      filters.add(CaseFilter.ALL.forGoal(goal.apply(n)));
    }
    for (EducationLevel level : EducationLevel.values()) {
      filters.add(CaseFilter.ALL.atLevel(level));
    }
    for (Region region : regions) {
      filters.add(CaseFilter.ALL.inRegion(region).forGoal(goal.apply(3)));
      filters.add(
          CaseFilter.ALL.inRegion(region).forGoal(goal.apply(5)).atLevel(EducationLevel.MBO));
    }
    filters.add(CaseFilter.ALL.forGoal(goal.apply(7)).atLevel(EducationLevel.VO));
    return filters;
  }
}
