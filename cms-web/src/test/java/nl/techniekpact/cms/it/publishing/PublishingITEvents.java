package nl.techniekpact.cms.it.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.techniekpact.cms.publishing.ContentChanged;

/**
 * Fixture: records every {@link ContentChanged} the server fires and shows them at {@code GET
 * /api/v1/it-fixtures/content-changes}, one per line: {@code type slug KIND [regions]}.
 */
public final class PublishingITEvents {

  private PublishingITEvents() {}

  /** The observer. */
  @ApplicationScoped
  public static class Recorder {

    private final List<String> seen = new ArrayList<>();

    void record(@Observes ContentChanged change) {
      synchronized (seen) {
        seen.add(
            change.contentType()
                + " "
                + change.slug()
                + " "
                + change.kind()
                + " "
                + new TreeSet<>(change.regions()));
      }
    }

    List<String> seen() {
      synchronized (seen) {
        return List.copyOf(seen);
      }
    }
  }

  /** The resource. */
  @Path("it-fixtures/content-changes")
  @jakarta.enterprise.context.RequestScoped
  public static class Resource {

    @Inject private Recorder recorder;

    /** Every event so far, oldest first. */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String list() {
      return String.join("\n", recorder.seen());
    }
  }
}
