package nl.techniekpact.cms.it.publishing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import nl.techniekpact.cms.publishing.schedule.PublicationSchedule;

/**
 * Fixture: {@code POST /api/v1/it-fixtures/schedule-run} runs the publication timer's check once,
 * now, and answers how many transitions this call carried out (or the failure).
 */
@Path("it-fixtures/schedule-run")
@RequestScoped
public class PublishingITSchedule {

  @Inject private PublicationSchedule schedule;

  /** When the timer last checked. */
  @jakarta.ws.rs.GET
  @Produces(MediaType.TEXT_PLAIN)
  public String lastCheck() {
    return schedule.lastCheck() + " " + schedule.lastOutcome();
  }

  /** Runs the check. */
  @POST
  @Produces(MediaType.TEXT_PLAIN)
  public String run() {
    try {
      return Integer.toString(schedule.runDue(Instant.now()));
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      return "failed: " + trace;
    }
  }
}
