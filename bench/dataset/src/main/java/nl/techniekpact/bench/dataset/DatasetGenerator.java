package nl.techniekpact.bench.dataset;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.techniekpact.model.ambassador.AmbassadorRole;
import nl.techniekpact.model.catalogue.AmbassadorEntry;
import nl.techniekpact.model.catalogue.CaseStudyEntry;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.GoalReference;
import nl.techniekpact.model.catalogue.OrganisationEntry;
import nl.techniekpact.model.catalogue.PactEntry;
import nl.techniekpact.model.catalogue.RegionEntry;
import nl.techniekpact.model.organisation.OrganisationKind;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.PublicationState;
import nl.techniekpact.model.shared.Slug;

/**
 * A catalogue for measuring the CMS at scale: the seed content (pact, 12 goals, the five
 * landsdelen, its ambassadors, organisations and cases) plus generated organisations, ambassadors
 * and cases, repeatable for a given seed. Of the generated cases about 94% are published, 3%
 * drafts, 2% scheduled in the future and 1% archived, so the public lists must filter.
 *
 * <pre>{@code
 * Catalogue big = new DatasetGenerator(42).generate(new DatasetGenerator.Size(100_000, 2_000, 200));
 * }</pre>
 */
public final class DatasetGenerator {

  /**
   * How much to generate besides the seed.
   *
   * @param cases case studies in total (the seed's included)
   * @param organisations organisations in total
   * @param ambassadors ambassadors in total
   */
  public record Size(int cases, int organisations, int ambassadors) {

    /** Checks the numbers. */
    public Size {
      if (cases < 0 || organisations < 0 || ambassadors < 0) {
        throw new IllegalArgumentException("sizes must not be negative");
      }
    }

    /**
     * The default shape for a number of cases: one organisation per 50 cases, one ambassador per
     * 500.
     */
    public static Size forCases(int cases) {
      return new Size(cases, Math.max(20, cases / 50), Math.max(10, cases / 500));
    }
  }

  private final DutchText text;
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  /**
   * A generator.
   *
   * @param seed the random seed; the same seed gives the same catalogue
   */
  public DatasetGenerator(long seed) {
    this.text = new DutchText(seed);
  }

  /** The seed catalogue plus generated content up to the given size. */
  public Catalogue generate(Size size) {
    Catalogue seed = Catalogue.seed();
    List<Slug> regions = seed.regions().stream().map(RegionEntry::slug).toList();
    PactEntry pact = seed.pacts().get(0);
    List<GoalReference> goals =
        pact.goals().stream().map(g -> new GoalReference(pact.slug(), g.number())).toList();

    List<OrganisationEntry> organisations = new ArrayList<>(seed.organisations());
    for (int i = organisations.size(); i < size.organisations(); i++) {
      organisations.add(organisation(i, regions));
    }
    List<Slug> organisationSlugs = organisations.stream().map(OrganisationEntry::slug).toList();

    List<AmbassadorEntry> ambassadors = new ArrayList<>(seed.ambassadors());
    for (int i = ambassadors.size(); i < size.ambassadors(); i++) {
      ambassadors.add(ambassador(i, goals));
    }

    List<CaseStudyEntry> cases = new ArrayList<>(seed.cases());
    for (int i = cases.size(); i < size.cases(); i++) {
      cases.add(caseStudy(i, regions, goals, organisationSlugs));
    }
    return new Catalogue(seed.pacts(), seed.regions(), organisations, ambassadors, cases);
  }

  private OrganisationEntry organisation(int i, List<Slug> regions) {
    OrganisationKind kind = text.pick(List.of(OrganisationKind.values()));
    String name =
        switch (kind) {
          case ONDERWIJS -> text.schoolName();
          case OVERHEID -> "Gemeente " + text.place();
          default -> text.businessName();
        };
    return new OrganisationEntry(
        Slug.of("org-" + i + "-" + Slug.fromText(name).getValue()),
        name,
        kind,
        text.pick(regions),
        null);
  }

  private AmbassadorEntry ambassador(int i, List<GoalReference> goals) {
    String name = text.personName();
    return new AmbassadorEntry(
        Slug.of("amb-" + i + "-" + Slug.fromText(name).getValue()),
        name,
        AmbassadorRole.AMBASSADEUR,
        LocalizedText.of(text.teaser()),
        LocalizedText.of(text.paragraph(4)),
        null,
        Set.of(text.pick(goals)),
        PublicationState.published(now));
  }

  private CaseStudyEntry caseStudy(
      int i, List<Slug> regions, List<GoalReference> goals, List<Slug> organisations) {
    String title = text.caseTitle();
    Set<GoalReference> linked = new LinkedHashSet<>();
    int goalCount = 1 + text.random().nextInt(3);
    for (int g = 0; g < goalCount; g++) {
      linked.add(text.pick(goals));
    }
    Set<EducationLevel> levels = EnumSet.of(text.pick(List.of(EducationLevel.values())));
    if (text.random().nextInt(3) == 0) {
      levels.add(text.pick(List.of(EducationLevel.values())));
    }
    Set<Slug> partners = new LinkedHashSet<>();
    int partnerCount = text.random().nextInt(4);
    for (int p = 0; p < partnerCount && !organisations.isEmpty(); p++) {
      partners.add(text.pick(organisations));
    }
    boolean english = text.random().nextInt(5) == 0;
    String summary = text.paragraph(2);
    return new CaseStudyEntry(
        Slug.of("case-" + i + "-" + slugPart(title)),
        english
            ? LocalizedText.of(title, "Case " + i + ": technology in " + text.place())
            : LocalizedText.of(title),
        LocalizedText.of(text.subtitle()),
        LocalizedText.of(truncate(summary, 1900)),
        LocalizedText.of(text.paragraph(6) + "\n\n" + text.paragraph(5)),
        text.pick(regions),
        linked,
        levels,
        partners,
        null,
        publication(i));
  }

  private PublicationState publication(int i) {
    int roll = text.random().nextInt(100);
    if (roll < 3) {
      return PublicationState.draft();
    }
    if (roll < 5) {
      return PublicationState.scheduledAt(now.plus(30 + i % 300, ChronoUnit.DAYS));
    }
    if (roll < 6) {
      return PublicationState.archived();
    }
    return PublicationState.published(now.minus(i % 2000, ChronoUnit.HOURS));
  }

  private static String slugPart(String title) {
    String slug = Slug.fromText(title).getValue();
    return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
