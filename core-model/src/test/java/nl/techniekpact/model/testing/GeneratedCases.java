package nl.techniekpact.model.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import nl.techniekpact.model.catalogue.CaseStudyEntry;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.GoalReference;
import nl.techniekpact.model.catalogue.OrganisationEntry;
import nl.techniekpact.model.catalogue.RegionEntry;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.PublicationState;
import nl.techniekpact.model.shared.Slug;

/**
 * The seed plus generated cases in every publication state around a moment: published, published
 * later, ending before and after, drafts, scheduled before and after, archived, and national ones
 * (no region) — for comparing the repository's queries with a plain filter in Java.
 */
public final class GeneratedCases {

  private GeneratedCases() {}

  /**
   * The seed with {@code count} more cases, reproducible for a random seed.
   *
   * @param count generated cases
   * @param now the moment the states are placed around
   * @param seed the random seed
   * @return the catalogue
   */
  public static Catalogue around(int count, Instant now, long seed) {
    Catalogue base = Catalogue.seed();
    Random random = new Random(seed);
    List<Slug> regions = base.regions().stream().map(RegionEntry::slug).toList();
    List<Slug> organisations = base.organisations().stream().map(OrganisationEntry::slug).toList();
    Slug pact = base.pacts().get(0).slug();
    EducationLevel[] levels = EducationLevel.values();
    List<CaseStudyEntry> cases = new ArrayList<>(base.cases());
    for (int i = 0; i < count; i++) {
      Set<GoalReference> goals = new TreeSet<>();
      for (int g = random.nextInt(3); g >= 0; g--) {
        goals.add(new GoalReference(pact, 1 + random.nextInt(12)));
      }
      Set<EducationLevel> concerned = EnumSet.noneOf(EducationLevel.class);
      for (int l = random.nextInt(3); l > 0; l--) {
        concerned.add(levels[random.nextInt(levels.length)]);
      }
      Set<Slug> partners = new TreeSet<>((a, b) -> a.getValue().compareTo(b.getValue()));
      for (int p = random.nextInt(3); p > 0; p--) {
        partners.add(organisations.get(random.nextInt(organisations.size())));
      }
      cases.add(
          new CaseStudyEntry(
              Slug.of("gegenereerd-" + i),
              LocalizedText.of("Gegenereerd " + i),
              null,
              LocalizedText.of("Samenvatting " + i),
              null,
              random.nextInt(10) == 0 ? null : regions.get(random.nextInt(regions.size())),
              goals,
              concerned,
              partners,
              null,
              state(random, now)));
    }
    return new Catalogue(
        base.pacts(), base.regions(), base.organisations(), base.ambassadors(), cases);
  }

  private static PublicationState state(Random random, Instant now) {
    Duration hours = Duration.ofHours(1 + random.nextInt(1000));
    return switch (random.nextInt(12)) {
      case 0 -> PublicationState.draft();
      case 1 -> PublicationState.scheduledAt(now.minus(hours));
      case 2 -> PublicationState.scheduledAt(now.plus(hours));
      case 3 -> PublicationState.archived();
      case 4 ->
          PublicationState.published(now.minus(hours))
              .unpublishAt(now.minus(Duration.ofMinutes(1)));
      case 5 -> PublicationState.published(now.minus(hours)).unpublishAt(now.plus(hours));
      case 6 -> PublicationState.published(now.plus(hours));
      case 7 -> PublicationState.scheduledAt(now.minus(hours)).unpublishAt(now.minusSeconds(1));
      case 8 -> PublicationState.scheduledAt(now.minus(hours)).unpublishAt(now.plus(hours));
      case 9 -> PublicationState.scheduledAt(now).unpublishAt(now.plus(hours));
      default -> PublicationState.published(now.minus(hours));
    };
  }
}
