package nl.techniekpact.cms.organisation.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.FieldErrors;
import nl.techniekpact.cms.publishing.RemovableType;
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.organisation.OrganisationKind;
import nl.techniekpact.model.organisation.OrganisationRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;
import nl.techniekpact.model.shared.InvalidSlugException;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.plugin.api.ContentEvent;

/**
 * Partner organisations for the {@link nl.techniekpact.cms.publishing.ContentEditor}: national
 * content (only administrators and national editors edit them, also one of a region), shown on
 * their region's pages; deleted softly once no case that is not deleted itself names them as
 * partner.
 */
@ApplicationScoped
public class OrganisationType
    implements RemovableType<Organisation, OrganisationInput, EditedItem<OrganisationInput>> {

  /** The content type key, in revisions, the audit log and {@code ContentChanged}. */
  public static final String KEY = "organisation";

  @Inject private OrganisationRepository organisations;
  @Inject private RegionRepository regions;

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public Class<OrganisationInput> inputType() {
    return OrganisationInput.class;
  }

  @Override
  public Optional<Organisation> find(String slug) {
    try {
      return slug == null ? Optional.empty() : organisations.findBySlug(Slug.of(slug));
    } catch (InvalidSlugException malformed) {
      return Optional.empty();
    }
  }

  @Override
  public String slugOf(OrganisationInput input) {
    return input.slug();
  }

  @Override
  public String slugSourceOf(OrganisationInput input) {
    return input.name();
  }

  @Override
  public OrganisationInput withSlug(OrganisationInput input, String slug) {
    return input.withSlug(slug);
  }

  @Override
  public String slugOf(Organisation item) {
    return item.getSlug().getValue();
  }

  @Override
  public OrganisationInput sanitized(OrganisationInput input) {
    return input; // plain texts only: escaped wherever they are shown
  }

  @Override
  public Organisation create(OrganisationInput input, FieldErrors errors) {
    Optional<OrganisationKind> kind = kind(input, errors);
    Organisation[] created = new Organisation[1];
    if (kind.isPresent()) {
      errors.attempt(
          "slug",
          () -> created[0] = new Organisation(Slug.of(input.slug()), input.name(), kind.get()));
    }
    if (created[0] != null) {
      apply(created[0], input, errors);
    }
    return created[0];
  }

  @Override
  public void apply(Organisation item, OrganisationInput input, FieldErrors errors) {
    errors.attempt("name", () -> item.rename(input.name()));
    kind(input, errors).ifPresent(item::reclassify);
    String website = input.website() == null || input.website().isBlank() ? null : input.website();
    errors.attempt("website", () -> item.changeWebsite(website));
    if (input.region() == null || input.region().isBlank()) {
      item.locateIn(null);
    } else {
      region(input.region())
          .ifPresentOrElse(
              item::locateIn, () -> errors.refuse("region", "region.unknown", input.region()));
    }
  }

  private static Optional<OrganisationKind> kind(OrganisationInput input, FieldErrors errors) {
    if (input.kind() == null) {
      return Optional.empty(); // Bean Validation names it
    }
    try {
      return Optional.of(OrganisationKind.valueOf(input.kind().strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      errors.add("kind", "no kind " + input.kind() + "; use BEDRIJFSLEVEN, ONDERWIJS or OVERHEID");
      return Optional.empty();
    }
  }

  @Override
  public OrganisationInput inputOf(Organisation item) {
    return new OrganisationInput(
        item.getSlug().getValue(),
        item.getName(),
        item.getKind().name(),
        item.getRegion().map(r -> r.getSlug().getValue()).orElse(null),
        item.getWebsite());
  }

  @Override
  public Set<String> regionsOf(Organisation item) {
    return Set.of(); // national content: regional editors do not edit organisations
  }

  @Override
  public Set<String> shownInRegions(Organisation item) {
    return item.getRegion().map(r -> Set.of(r.getSlug().getValue())).orElse(Set.of());
  }

  @Override
  public void add(Organisation item) {
    organisations.save(item);
  }

  @Override
  public EditedItem<OrganisationInput> document(Organisation item) {
    return new EditedItem<>(
        inputOf(item), item.getVersion(), item.getUpdatedAt(), item.getDeletedAt());
  }

  @Override
  public List<String> usedBy(Organisation item, boolean alsoDeleted) {
    return em
        .createQuery(
            "select c.slug.value from CaseStudy c join c.partners p where p = :organisation"
                + (alsoDeleted ? "" : " and c.deletedAt is null")
                + " order by c.slug.value",
            String.class)
        .setParameter("organisation", item)
        .getResultList()
        .stream()
        .map(slug -> ContentEvent.CASE_STUDY + " " + slug)
        .toList();
  }

  @Override
  public void remove(Organisation item) {
    organisations.delete(item);
  }

  private Optional<Region> region(String slug) {
    try {
      return regions.findBySlug(Slug.of(slug)).filter(r -> !r.isDeleted());
    } catch (InvalidSlugException malformed) {
      return Optional.empty();
    }
  }
}
