package nl.techniekpact.cms.publishing;

/**
 * The editable fields of an item as an editor sends them (a case, a region, an ambassador): each
 * names the item by its slug, fixed once created.
 */
public interface EditInput extends java.io.Serializable {

  /** The slug, or {@code null} when absent. */
  String slug();
}
