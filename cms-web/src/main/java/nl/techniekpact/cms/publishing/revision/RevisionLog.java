package nl.techniekpact.cms.publishing.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * Stores and reads revisions, in the caller's transaction. Used by the publishing services only;
 * editors reach revisions through a content type's service.
 */
@ApplicationScoped
public class RevisionLog {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  /** Records a save. */
  public Revision record(
      String contentType,
      long itemId,
      String itemSlug,
      long itemVersion,
      String operation,
      String author,
      String snapshot) {
    Revision revision =
        new Revision(contentType, itemId, itemSlug, itemVersion, operation, author, snapshot);
    em.persist(revision);
    return revision;
  }

  /** An item's revisions, newest first. */
  public List<Revision> list(String contentType, long itemId) {
    return newestFirst(contentType, itemId).getResultList();
  }

  /** An item's newest revision, if it has any. */
  public Optional<Revision> latest(String contentType, long itemId) {
    return newestFirst(contentType, itemId).setMaxResults(1).getResultStream().findFirst();
  }

  private TypedQuery<Revision> newestFirst(String contentType, long itemId) {
    return em.createQuery(
            "select r from Revision r where r.contentType = :type and r.itemId = :item"
                + " order by r.itemVersion desc",
            Revision.class)
        .setParameter("type", contentType)
        .setParameter("item", itemId);
  }

  /** One revision of an item by number. */
  public Optional<Revision> find(String contentType, long itemId, long number) {
    return em.createQuery(
            "select r from Revision r where r.contentType = :type and r.itemId = :item"
                + " and r.itemVersion = :number",
            Revision.class)
        .setParameter("type", contentType)
        .setParameter("item", itemId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }
}
