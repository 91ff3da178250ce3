package nl.techniekpact.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.ambassador.AmbassadorRole;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.organisation.JpaOrganisationRepository;
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.organisation.OrganisationKind;
import nl.techniekpact.model.pact.DuplicateGoalNumberException;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.JpaPactRepository;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.Theme;
import nl.techniekpact.model.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deletion mark of organisations, pact editions, goals and themes (migration V7) on H2 and on
 * PostgreSQL: the public reads leave marked items out, also where a case links to them, the back
 * office lists and finds them, a removed number stays reserved, and a restore brings them back.
 * (The databases are shared by the tests, so each works on items of its own.)
 */
class SoftDeleteQueriesTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private static EmbeddedPostgres postgres;
  private static TestDatabase h2;
  private static TestDatabase postgresql;

  @BeforeAll
  static void start() throws IOException {
    h2 = TestDatabase.h2();
    postgres = EmbeddedPostgres.builder().start();
    postgresql =
        TestDatabase.at(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
  }

  @AfterAll
  static void stop() throws IOException {
    if (h2 != null) {
      h2.close();
    }
    if (postgresql != null) {
      postgresql.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  static Stream<TestDatabase> databases() {
    return Stream.of(h2, postgresql);
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("databases")
  void removedOrganisationsAreLeftOutOfPublicReadsAndComeBackOnRestore(TestDatabase db) {
    String prefix = "org-" + System.nanoTime();
    db.transact(
        em -> {
          var organisations = new JpaOrganisationRepository(em);
          Organisation kept = organisation(prefix + "-a", "Aa kept");
          Organisation removed = organisation(prefix + "-b", "Bb removed");
          organisations.save(kept);
          organisations.save(removed);
          CaseStudy partnered = caseStudy(prefix + "-case");
          partnered.addPartner(kept);
          partnered.addPartner(removed);
          em.persist(partnered);
          removed.delete(NOW);
        });

    db.transact(
        em -> {
          var organisations = new JpaOrganisationRepository(em);
          assertThat(slugs(organisations.findAll(), Organisation::getSlug))
              .contains(prefix + "-a")
              .doesNotContain(prefix + "-b");
          assertThat(slugs(organisations.findRemoved(), Organisation::getSlug))
              .contains(prefix + "-b")
              .doesNotContain(prefix + "-a");
          Organisation removed = organisations.findBySlug(Slug.of(prefix + "-b")).orElseThrow();
          assertThat(removed.isDeleted()).isTrue();
          assertThat(removed.getDeletedAt()).isEqualTo(NOW);
          CaseStudy partnered = caseBySlug(em, prefix + "-case");
          assertThat(partnered.getPartners())
              .extracting(Organisation::getName)
              .containsExactly("Aa kept");
          removed.restore();
        });

    db.transact(
        em -> {
          var organisations = new JpaOrganisationRepository(em);
          assertThat(slugs(organisations.findAll(), Organisation::getSlug))
              .contains(prefix + "-a", prefix + "-b");
          assertThat(slugs(organisations.findRemoved(), Organisation::getSlug))
              .doesNotContain(prefix + "-b");
          assertThat(caseBySlug(em, prefix + "-case").getPartners()).hasSize(2);
        });
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("databases")
  void removedGoalsAndThemesAreLeftOutButKeepTheirNumbers(TestDatabase db) {
    String slug = "pact-" + System.nanoTime();
    db.transact(
        em -> {
          Pact pact = new Pact(Slug.of(slug), "Pact", LocalDate.of(2013, 5, 13), text("Over"));
          Theme theme = pact.addTheme(1, text("Thema"), null);
          pact.addGoal(1, text("Een"), null, Set.of()).groupUnder(theme);
          pact.addGoal(2, text("Twee"), null, Set.of());
          new JpaPactRepository(em).save(pact);
          CaseStudy linked = caseStudy(slug + "-case");
          linked.linkGoal(pact.goal(1).orElseThrow());
          linked.linkGoal(pact.goal(2).orElseThrow());
          em.persist(linked);
          Ambassador ambassador =
              new Ambassador(
                  Slug.of(slug + "-amb"), "Ambassadeur", AmbassadorRole.AMBASSADEUR, text("Kort"));
          ambassador.linkGoal(pact.goal(1).orElseThrow());
          em.persist(ambassador);
        });

    db.transact(
        em -> {
          Pact pact = new JpaPactRepository(em).findBySlug(Slug.of(slug)).orElseThrow();
          pact.anyGoal(1).orElseThrow().delete(NOW);
          pact.anyTheme(1).orElseThrow().delete(NOW);
        });

    db.transact(
        em -> {
          var pacts = new JpaPactRepository(em);
          Pact pact = pacts.findBySlug(Slug.of(slug)).orElseThrow();
          assertThat(pacts.findGoals(Slug.of(slug))).extracting(Goal::getNumber).containsExactly(2);
          assertThat(pacts.findGoal(Slug.of(slug), 1)).isEmpty();
          assertThat(pacts.findGoal(Slug.of(slug), 2)).isPresent();
          assertThat(pact.getGoals()).extracting(Goal::getNumber).containsExactly(2);
          assertThat(pact.goal(1)).isEmpty();
          assertThat(pact.anyGoal(1)).get().matches(Goal::isDeleted);
          assertThat(pact.getRemovedGoals()).extracting(Goal::getNumber).containsExactly(1);
          assertThat(pact.getThemes()).isEmpty();
          assertThat(pact.theme(1)).isEmpty();
          assertThat(pact.getRemovedThemes()).extracting(Theme::getNumber).containsExactly(1);
          assertThat(caseBySlug(em, slug + "-case").getGoals())
              .extracting(Goal::getNumber)
              .containsExactly(2);
          assertThat(
                  em.createQuery(
                          "select a from Ambassador a where a.slug.value = :s", Ambassador.class)
                      .setParameter("s", slug + "-amb")
                      .getSingleResult()
                      .getGoals())
              .isEmpty();
          assertThatThrownBy(() -> pact.addGoal(1, text("Weer een"), null, Set.of()))
              .isInstanceOf(DuplicateGoalNumberException.class);
          assertThatThrownBy(() -> pact.addTheme(1, text("Weer een"), null))
              .isInstanceOf(DuplicateGoalNumberException.class);

          Goal first = pact.anyGoal(1).orElseThrow();
          first.restore();
          assertThat(first.getTheme()).as("its theme is still removed").isEmpty();
          pact.anyTheme(1).orElseThrow().restore();
        });

    db.transact(
        em -> {
          var pacts = new JpaPactRepository(em);
          Pact pact = pacts.findBySlug(Slug.of(slug)).orElseThrow();
          assertThat(pacts.findGoals(Slug.of(slug)))
              .extracting(Goal::getNumber)
              .containsExactly(1, 2);
          assertThat(pact.goal(1).orElseThrow().getTheme()).map(Theme::getNumber).contains(1);
          assertThat(caseBySlug(em, slug + "-case").getGoals()).hasSize(2);
        });
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("databases")
  void removedEditionsAreNeitherListedNorCurrentNorShowTheirGoals(TestDatabase db) {
    String older = "oud-" + System.nanoTime();
    String newer = "nieuw-" + System.nanoTime();
    db.transact(
        em -> {
          var pacts = new JpaPactRepository(em);
          pacts.save(new Pact(Slug.of(older), "Oud", LocalDate.of(2090, 1, 1), text("Oud")));
          Pact latest = new Pact(Slug.of(newer), "Nieuw", LocalDate.of(2091, 1, 1), text("Nieuw"));
          latest.addGoal(1, text("Een"), null, Set.of());
          pacts.save(latest);
        });
    assertThat(currentSlug(db)).isEqualTo(Slug.of(newer));

    db.transact(
        em -> new JpaPactRepository(em).findBySlug(Slug.of(newer)).orElseThrow().delete(NOW));

    db.read(
        em -> {
          var pacts = new JpaPactRepository(em);
          assertThat(pacts.findCurrent().orElseThrow().getSlug()).isEqualTo(Slug.of(older));
          assertThat(slugs(pacts.findAll(), Pact::getSlug)).contains(older).doesNotContain(newer);
          assertThat(slugs(pacts.findRemoved(), Pact::getSlug))
              .contains(newer)
              .doesNotContain(older);
          assertThat(pacts.findGoals(Slug.of(newer))).isEmpty();
          assertThat(pacts.findGoal(Slug.of(newer), 1)).isEmpty();
          assertThat(pacts.findBySlug(Slug.of(newer))).get().matches(Pact::isDeleted);
          return null;
        });

    db.transact(em -> new JpaPactRepository(em).findBySlug(Slug.of(newer)).orElseThrow().restore());
    assertThat(currentSlug(db)).isEqualTo(Slug.of(newer));
    db.transact(
        em -> {
          var pacts = new JpaPactRepository(em);
          pacts.delete(pacts.findBySlug(Slug.of(older)).orElseThrow());
          pacts.delete(pacts.findBySlug(Slug.of(newer)).orElseThrow());
        });
  }

  private static Slug currentSlug(TestDatabase db) {
    return db.read(em -> new JpaPactRepository(em).findCurrent().orElseThrow().getSlug());
  }

  private static <T> List<String> slugs(List<T> items, java.util.function.Function<T, Slug> slug) {
    return items.stream().map(slug).map(Slug::getValue).toList();
  }

  private static CaseStudy caseBySlug(jakarta.persistence.EntityManager em, String slug) {
    return em.createQuery("select c from CaseStudy c where c.slug.value = :s", CaseStudy.class)
        .setParameter("s", slug)
        .getSingleResult();
  }

  private static Organisation organisation(String slug, String name) {
    return new Organisation(Slug.of(slug), name, OrganisationKind.ONDERWIJS);
  }

  private static CaseStudy caseStudy(String slug) {
    return new CaseStudy(Slug.of(slug), text("Titel"), text("Samenvatting"));
  }

  private static LocalizedText text(String nl) {
    return LocalizedText.of(nl);
  }
}
