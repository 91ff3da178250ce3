package nl.techniekpact.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Whether the start-up migration succeeded, and if not, why; read by the health check. */
@ApplicationScoped
public class DatabaseStatus {

  private volatile String url = "";
  private volatile boolean ready;
  private volatile String failure = "not migrated yet";

  void ready(String redactedUrl) {
    this.url = redactedUrl;
    this.ready = true;
    this.failure = null;
  }

  void failed(String redactedUrl, String reason) {
    this.url = redactedUrl;
    this.ready = false;
    this.failure = reason;
  }

  /** True once the schema is migrated and the seed checked. */
  public boolean isReady() {
    return ready;
  }

  /** The redacted URL of the configured database. */
  public String url() {
    return url;
  }

  /** Why the database is not ready, if it is not. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
