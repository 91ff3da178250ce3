package nl.techniekpact.cms.backoffice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.techniekpact.cms.security.CallerRoles;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.account.AccountRepository;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.PublicationStatus;
import nl.techniekpact.model.shared.PublishableEntity;

/**
 * What the back office's overview shows an editor: the latest changed content, the drafts and the
 * scheduled publications. National editors and administrators see every case study, ambassador and
 * region; a regional editor sees only the case studies, ambassadors and regions of their regions,
 * selected in the database (each list is the newest or soonest of their regions, however many items
 * other regions have). Read only.
 */
@ApplicationScoped
public class Dashboard {

  /** How many items each list shows. */
  static final int LIMIT = 10;

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private SecurityContext security;
  @Inject private CallerRoles roles;
  @Inject private AccountRepository accounts;

  /**
   * A content item as the overview lists it.
   *
   * @param type {@code case}, {@code ambassador} or {@code region}
   * @param slug its slug
   * @param titleNl its Dutch title or name
   * @param titleEn its English title, or the Dutch one
   * @param status its publication status
   * @param at its publication moment, when scheduled or published
   * @param updatedAt when it was last saved
   */
  public record Item(
      String type,
      String slug,
      String titleNl,
      String titleEn,
      PublicationStatus status,
      Instant at,
      Instant updatedAt) {}

  /** Whether the caller edits content at all. */
  public boolean isEditor() {
    return roles.has(Roles.NATIONAL_EDITOR)
        || roles.has(Roles.ADMINISTRATOR)
        || roles.has(Roles.REGIONAL_EDITOR);
  }

  /** The latest saved items, newest first. */
  @Transactional
  public List<Item> recentChanges() {
    return items(null, "e.updatedAt DESC", Comparator.comparing(Item::updatedAt).reversed());
  }

  /** Drafts, newest first. */
  @Transactional
  public List<Item> drafts() {
    return items(
        PublicationStatus.DRAFT,
        "e.updatedAt DESC",
        Comparator.comparing(Item::updatedAt).reversed());
  }

  /** Scheduled publications, soonest first. */
  @Transactional
  public List<Item> scheduled() {
    return items(
        PublicationStatus.SCHEDULED,
        "e.publication.at ASC",
        Comparator.comparing(Item::at, Comparator.nullsLast(Comparator.naturalOrder())));
  }

  private List<Item> items(PublicationStatus status, String order, Comparator<Item> merge) {
    if (!isEditor()) {
      return List.of();
    }
    Set<String> regions = regionalScope();
    if (regions != null && regions.isEmpty()) {
      return List.of();
    }
    List<Item> all = new ArrayList<>();
    query(CaseStudy.class, "e.region.slug.value", status, order, regions).stream()
        .map(
            c ->
                item(
                    "case",
                    c,
                    c.getSlug().getValue(),
                    c.getTitle().getNl(),
                    c.getTitle().in(Locale.ENGLISH)))
        .forEach(all::add);
    query(Ambassador.class, "e.region.slug.value", status, order, regions).stream()
        .map(a -> item("ambassador", a, a.getSlug().getValue(), a.getName(), a.getName()))
        .forEach(all::add);
    query(Region.class, "e.slug.value", status, order, regions).stream()
        .map(r -> item("region", r, r.getSlug().getValue(), r.getName(), r.getName()))
        .forEach(all::add);
    return all.stream().sorted(merge).limit(LIMIT).toList();
  }

  /** The region slugs a regional-only editor is limited to; null for national scope. */
  private Set<String> regionalScope() {
    if (roles.has(Roles.NATIONAL_EDITOR) || roles.has(Roles.ADMINISTRATOR)) {
      return null;
    }
    Principal caller = security.getCallerPrincipal();
    return accounts
        .findByUsername(caller == null ? "" : caller.getName())
        .map(a -> a.getRegions())
        .orElse(Set.of());
  }

  /**
   * The first {@value #LIMIT} items of a type in an order, filtered in the database by status and,
   * for a regional editor, by region (so other regions' items never crowd theirs out). Drafts and
   * scheduled items that are deleted are left out: they will not be published.
   *
   * @param regionPath the JPQL path of the slug of the item's region over alias {@code e}
   * @param regions the editor's region slugs, or {@code null} for every item
   */
  private <T extends PublishableEntity> List<T> query(
      Class<T> type,
      String regionPath,
      PublicationStatus status,
      String order,
      Set<String> regions) {
    String where =
        status == null
            ? " WHERE 1 = 1"
            : " WHERE e.publication.status = :status AND e.deletedAt IS NULL";
    if (regions != null) {
      where += " AND " + regionPath + " IN :regions";
    }
    TypedQuery<T> query =
        em.createQuery(
                "SELECT e FROM " + type.getSimpleName() + " e" + where + " ORDER BY " + order, type)
            .setMaxResults(LIMIT);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (regions != null) {
      query.setParameter("regions", regions);
    }
    return query.getResultList();
  }

  private static Item item(
      String type, PublishableEntity entity, String slug, String titleNl, String titleEn) {
    return new Item(
        type,
        slug,
        titleNl,
        titleEn,
        entity.getPublication().getStatus(),
        entity.getPublication().getAt().orElse(null),
        entity.getUpdatedAt());
  }
}
