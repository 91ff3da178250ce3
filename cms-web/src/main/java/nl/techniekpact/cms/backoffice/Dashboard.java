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
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.cms.plugin.content.FieldValues;
import nl.techniekpact.cms.plugin.content.PluginItem;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.security.CallerRoles;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.account.AccountRepository;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.PublicationStatus;
import nl.techniekpact.model.shared.PublishableEntity;
import nl.techniekpact.plugin.api.ContentItem;

/**
 * What the back office's overview shows an editor: the latest changed content, the drafts and the
 * scheduled publications. National editors and administrators see every case study, ambassador,
 * region and item of a running plugin's content type (such as the site's pages); a regional editor
 * sees only those of their regions, selected in the database (each list is the newest or soonest of
 * their regions, however many items other regions have). Read only.
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
  @Inject private PluginPlatform platform;

  /**
   * A content item as the overview lists it.
   *
   * @param type {@code case}, {@code ambassador}, {@code region} or {@code plugin-item}
   * @param slug its slug
   * @param titleNl its Dutch title or name
   * @param titleEn its English title, or the Dutch one
   * @param status its publication status
   * @param at its publication moment, when scheduled or published
   * @param updatedAt when it was last saved
   * @param editPath its edit form's address below the context path
   * @param kindNl what kind of item it is, in Dutch, for a plugin item (its content type's label);
   *     {@code null} for the CMS's own types, whose names are in the resource bundles
   * @param kindEn the same in English
   */
  public record Item(
      String type,
      String slug,
      String titleNl,
      String titleEn,
      PublicationStatus status,
      Instant at,
      Instant updatedAt,
      String editPath,
      String kindNl,
      String kindEn) {}

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
    query(CaseStudy.class, "e.region.slug.value", status, order, regions, null).stream()
        .map(
            c ->
                item(
                    "case",
                    c,
                    c.getSlug().getValue(),
                    c.getTitle().getNl(),
                    c.getTitle().in(Locale.ENGLISH)))
        .forEach(all::add);
    query(Ambassador.class, "e.region.slug.value", status, order, regions, null).stream()
        .map(a -> item("ambassador", a, a.getSlug().getValue(), a.getName(), a.getName()))
        .forEach(all::add);
    query(Region.class, "e.slug.value", status, order, regions, null).stream()
        .map(r -> item("region", r, r.getSlug().getValue(), r.getName(), r.getName()))
        .forEach(all::add);
    Set<String> running = platform.registry().snapshot().keySet();
    if (!running.isEmpty()) {
      query(PluginItem.class, "e.regionSlug", status, order, regions, running).stream()
          .map(this::pluginItem)
          .flatMap(Optional::stream)
          .forEach(all::add);
    }
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
   * @param plugins for plugin items: the ids of the plugins that run now, so that items of a
   *     stopped plugin (which cannot be edited) do not crowd out the others; {@code null} otherwise
   */
  private <T extends PublishableEntity> List<T> query(
      Class<T> type,
      String regionPath,
      PublicationStatus status,
      String order,
      Set<String> regions,
      Set<String> plugins) {
    String where =
        status == null
            ? " WHERE 1 = 1"
            : " WHERE e.publication.status = :status AND e.deletedAt IS NULL";
    if (regions != null) {
      where += " AND " + regionPath + " IN :regions";
    }
    if (plugins != null) {
      where += " AND e.pluginId IN :plugins";
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
    if (plugins != null) {
      query.setParameter("plugins", plugins);
    }
    return query.getResultList();
  }

  private static Item item(
      String type, PublishableEntity entity, String slug, String titleNl, String titleEn) {
    String edit =
        switch (type) {
          case "case" -> "/beheer/cases/edit.xhtml?slug=";
          case "ambassador" -> "/beheer/ambassadors/edit.xhtml?slug=";
          default -> "/beheer/regions/edit.xhtml?slug=";
        };
    return new Item(
        type,
        slug,
        titleNl,
        titleEn,
        entity.getPublication().getStatus(),
        entity.getPublication().getAt().orElse(null),
        entity.getUpdatedAt(),
        edit + slug,
        null,
        null);
  }

  /**
   * A plugin item as the overview lists it, titled as its type's list titles it; none when its
   * plugin does not run (its items cannot be edited then).
   */
  private Optional<Item> pluginItem(PluginItem stored) {
    return platform
        .registry()
        .find(stored.getPluginId())
        .flatMap(plugin -> plugin.contentType(stored.getTypeKey()))
        .map(
            type -> {
              String slug = stored.getSlug().getValue();
              Optional<ContentItem.Text> title = FieldValues.title(type, stored.getFieldValues());
              return new Item(
                  "plugin-item",
                  slug,
                  title.map(ContentItem.Text::nl).orElse(slug),
                  title.map(text -> text.in(Locale.ENGLISH)).orElse(slug),
                  stored.getPublication().getStatus(),
                  stored.getPublication().getAt().orElse(null),
                  stored.getUpdatedAt(),
                  "/beheer/content/edit.xhtml?plugin="
                      + stored.getPluginId()
                      + "&type="
                      + stored.getTypeKey()
                      + "&slug="
                      + slug,
                  type.label(Locale.forLanguageTag("nl")),
                  type.label(Locale.ENGLISH));
            });
  }
}
