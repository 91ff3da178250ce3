package nl.techniekpact.model.shared;

/**
 * Where a piece of content is in its life (de publicatiestatus). See {@link PublicationState}.
 *
 * @since 0.1.0
 */
public enum PublicationStatus {
  /** Concept: visible to editors only. */
  DRAFT,
  /** Gepland: becomes visible at a moment in time. */
  SCHEDULED,
  /** Gepubliceerd: visible to everyone. */
  PUBLISHED,
  /** Gearchiveerd: no longer shown, kept for reference. */
  ARCHIVED
}
