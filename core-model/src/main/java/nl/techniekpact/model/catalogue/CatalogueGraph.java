package nl.techniekpact.model.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.region.Province;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.DomainException;
import nl.techniekpact.model.shared.Slug;

/**
 * Builds the entities of a catalogue in memory, checking every rule and reference, and collecting
 * every problem with its path before failing. Used to validate a {@link Catalogue} and to import
 * it.
 */
final class CatalogueGraph {

  final List<Pact> pacts = new ArrayList<>();
  final List<Region> regions = new ArrayList<>();
  final List<Organisation> organisations = new ArrayList<>();
  final List<Ambassador> ambassadors = new ArrayList<>();
  final List<CaseStudy> cases = new ArrayList<>();

  private final List<CatalogueProblem> problems = new ArrayList<>();
  private final Map<Slug, Pact> pactsBySlug = new HashMap<>();
  private final Map<Slug, Region> regionsBySlug = new HashMap<>();
  private final Map<Slug, Organisation> organisationsBySlug = new HashMap<>();

  private CatalogueGraph() {}

  static CatalogueGraph build(
      List<PactEntry> pacts,
      List<RegionEntry> regions,
      List<OrganisationEntry> organisations,
      List<AmbassadorEntry> ambassadors,
      List<CaseStudyEntry> cases) {
    CatalogueGraph graph = new CatalogueGraph();
    for (int i = 0; i < pacts.size(); i++) {
      graph.addPact("pacts[" + i + "]", pacts.get(i));
    }
    Map<Province, String> provinceOwners = new HashMap<>();
    for (int i = 0; i < regions.size(); i++) {
      graph.addRegion("regions[" + i + "]", regions.get(i), provinceOwners);
    }
    for (int i = 0; i < organisations.size(); i++) {
      graph.addOrganisation("organisations[" + i + "]", organisations.get(i));
    }
    Map<Slug, String> ambassadorSlugs = new HashMap<>();
    for (int i = 0; i < ambassadors.size(); i++) {
      String path = "ambassadors[" + i + "]";
      if (graph.unique(path, ambassadors.get(i).slug(), ambassadorSlugs)) {
        graph.addAmbassador(path, ambassadors.get(i));
      }
    }
    Map<Slug, String> caseSlugs = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      String path = "cases[" + i + "]";
      if (graph.unique(path, cases.get(i).slug(), caseSlugs)) {
        graph.addCase(path, cases.get(i));
      }
    }
    if (!graph.problems.isEmpty()) {
      throw new CatalogueValidationException(graph.problems);
    }
    return graph;
  }

  private void addPact(String path, PactEntry entry) {
    if (pactsBySlug.containsKey(entry.slug())) {
      duplicate(path, entry.slug());
      return;
    }
    Pact pact =
        attempt(
            path,
            () -> {
              Pact p = new Pact(entry.slug(), entry.name(), entry.signedOn(), entry.description());
              p.introduceRegions(entry.regionsIntroduction());
              return p;
            });
    if (pact == null) {
      return;
    }
    pactsBySlug.put(entry.slug(), pact);
    pacts.add(pact);
    for (int t = 0; t < entry.themes().size(); t++) {
      ThemeEntry theme = entry.themes().get(t);
      attempt(
          path + ".themes[" + t + "]",
          () -> pact.addTheme(theme.number(), theme.title(), theme.description()));
    }
    for (int g = 0; g < entry.goals().size(); g++) {
      GoalEntry goalEntry = entry.goals().get(g);
      String goalPath = path + ".goals[" + g + "]";
      Goal goal =
          attempt(
              goalPath,
              () ->
                  pact.addGoal(
                      goalEntry.number(),
                      goalEntry.title(),
                      goalEntry.description(),
                      goalEntry.educationLevels()));
      if (goal != null && goalEntry.theme() != null) {
        pact.theme(goalEntry.theme())
            .ifPresentOrElse(
                goal::groupUnder,
                () ->
                    problem(
                        goalPath + ".theme",
                        "unknown theme "
                            + goalEntry.theme()
                            + " in pact "
                            + DomainException.quote(entry.slug().getValue())));
      }
    }
  }

  private void addRegion(String path, RegionEntry entry, Map<Province, String> provinceOwners) {
    if (regionsBySlug.containsKey(entry.slug())) {
      duplicate(path, entry.slug());
      return;
    }
    Region region =
        attempt(
            path,
            () -> {
              Region r = new Region(entry.slug(), entry.name(), entry.provinces());
              r.describeAmbitions(entry.ambitions());
              r.assignContact(entry.contact());
              if (entry.needsConfirmation()) {
                r.markForConfirmation();
              }
              r.changePublication(entry.publication());
              return r;
            });
    for (int p = 0; p < entry.provinces().size(); p++) {
      Province province = entry.provinces().get(p);
      String owner = provinceOwners.putIfAbsent(province, entry.slug().getValue());
      if (owner != null && !owner.equals(entry.slug().getValue())) {
        problem(
            path + ".provinces[" + p + "]",
            "province "
                + DomainException.quote(province.getDisplayName())
                + " already belongs to region "
                + DomainException.quote(owner));
      }
    }
    if (region != null) {
      regionsBySlug.put(entry.slug(), region);
      regions.add(region);
    }
  }

  private void addOrganisation(String path, OrganisationEntry entry) {
    if (organisationsBySlug.containsKey(entry.slug())) {
      duplicate(path, entry.slug());
      return;
    }
    Region region = region(path, entry.region());
    Organisation organisation =
        attempt(
            path,
            () -> {
              Organisation o = new Organisation(entry.slug(), entry.name(), entry.kind());
              o.locateIn(region);
              o.changeWebsite(entry.website());
              return o;
            });
    if (organisation != null) {
      organisationsBySlug.put(entry.slug(), organisation);
      organisations.add(organisation);
    }
  }

  private void addAmbassador(String path, AmbassadorEntry entry) {
    Region region = region(path, entry.region());
    Ambassador ambassador =
        attempt(
            path,
            () -> {
              Ambassador a =
                  new Ambassador(entry.slug(), entry.name(), entry.role(), entry.teaser());
              a.writeProfile(entry.profile());
              a.portray(entry.photo());
              a.locateIn(region);
              a.changePublication(entry.publication());
              return a;
            });
    entry.goals().stream()
        .sorted()
        .forEach(
            ref -> {
              Goal goal = goal(path, ref);
              if (goal != null && ambassador != null) {
                ambassador.linkGoal(goal);
              }
            });
    if (ambassador != null) {
      ambassadors.add(ambassador);
    }
  }

  private void addCase(String path, CaseStudyEntry entry) {
    Region region = region(path, entry.region());
    CaseStudy caseStudy =
        attempt(
            path,
            () -> {
              CaseStudy c = new CaseStudy(entry.slug(), entry.title(), entry.summary());
              c.subtitle(entry.subtitle());
              c.writeBody(entry.body());
              c.locateIn(region);
              c.concern(entry.educationLevels());
              c.illustrate(entry.photo());
              c.changePublication(entry.publication());
              return c;
            });
    entry.goals().stream()
        .sorted()
        .forEach(
            ref -> {
              Goal goal = goal(path, ref);
              if (goal != null && caseStudy != null) {
                caseStudy.linkGoal(goal);
              }
            });
    entry.partners().stream()
        .sorted()
        .forEach(
            slug -> {
              Organisation partner = organisationsBySlug.get(slug);
              if (partner == null) {
                problem(
                    path + ".partners",
                    "unknown organisation " + DomainException.quote(slug.getValue()));
              } else if (caseStudy != null) {
                caseStudy.addPartner(partner);
              }
            });
    if (caseStudy != null) {
      cases.add(caseStudy);
    }
  }

  private Region region(String path, Slug slug) {
    if (slug == null) {
      return null;
    }
    Region region = regionsBySlug.get(slug);
    if (region == null) {
      problem(path + ".region", "unknown region " + DomainException.quote(slug.getValue()));
    }
    return region;
  }

  private Goal goal(String path, GoalReference ref) {
    Pact pact = pactsBySlug.get(ref.pact());
    Goal goal = pact == null ? null : pact.goal(ref.number()).orElse(null);
    if (goal == null) {
      problem(path + ".goals", "unknown goal " + DomainException.quote(ref.toString()));
    }
    return goal;
  }

  private boolean unique(String path, Slug slug, Map<Slug, String> seen) {
    String earlier = seen.putIfAbsent(slug, path);
    if (earlier != null) {
      problem(
          path + ".slug",
          "duplicate slug " + DomainException.quote(slug.getValue()) + ", also used by " + earlier);
      return false;
    }
    return true;
  }

  private void duplicate(String path, Slug slug) {
    problem(path + ".slug", "duplicate slug " + DomainException.quote(slug.getValue()));
  }

  private <T> T attempt(String path, Supplier<T> step) {
    try {
      return step.get();
    } catch (DomainException e) {
      problem(path + "." + e.getField(), e.getMessage());
      return null;
    }
  }

  private void problem(String path, String message) {
    problems.add(new CatalogueProblem(path, message));
  }
}
