package nl.techniekpact.cms.publishing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;

/**
 * The query of the items an editor may edit, for the back-office lists of every content type:
 * everything for national editors and administrators, only the items of their regions for a
 * regional editor, optionally those whose name contains a text.
 *
 * <pre>{@code
 * EditableQuery.of(em, who, "c.region.slug.value", "c.name", "kuip",
 *         "select c from Ambassador c", " order by c.name", Ambassador.class)
 *     .setMaxResults(20).getResultList();
 * }</pre>
 */
public final class EditableQuery {

  private EditableQuery() {}

  /**
   * The query.
   *
   * @param regionPath the JPQL path of an item's region slug over alias {@code c}
   * @param namePath the JPQL path of the text the name filter reads, such as {@code c.name}
   * @param nameContains a part of that text to filter on, or {@code null} for all
   * @param select the select over alias {@code c}, without a where clause
   * @param order the order clause, or empty
   */
  public static <T> TypedQuery<T> of(
      EntityManager em,
      Editor who,
      String regionPath,
      String namePath,
      String nameContains,
      String select,
      String order,
      Class<T> result) {
    boolean all = ContentRights.mayEditAll(who);
    boolean named = nameContains != null && !nameContains.isBlank();
    StringBuilder where = new StringBuilder();
    if (!all) {
      where.append(" where ").append(regionPath).append(" in :regions");
    }
    if (named) {
      where
          .append(all ? " where" : " and")
          .append(" lower(")
          .append(namePath)
          .append(") like :name");
    }
    TypedQuery<T> query = em.createQuery(select + where + order, result);
    if (!all) {
      query.setParameter(
          "regions", who.regions().isEmpty() ? List.of("") : List.copyOf(who.regions()));
    }
    if (named) {
      // wildcards typed by the editor are taken out rather than escaped
      String text = nameContains.strip().toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "");
      query.setParameter("name", "%" + text + "%");
    }
    return query;
  }
}
