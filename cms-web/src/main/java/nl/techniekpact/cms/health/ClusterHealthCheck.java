package nl.techniekpact.cms.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.techniekpact.cms.cluster.ClusterGrid;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the data grid: its cluster name and how many nodes it has now. Always UP — a node alone
 * serves correctly — so a load balancer never drops the last node; monitoring compares {@code
 * members} with the number of nodes it expects.
 */
@Readiness
@ApplicationScoped
public class ClusterHealthCheck implements HealthCheck {

  @Inject private ClusterGrid grid;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("cluster")
        .up()
        .withData("members", grid.members())
        .withData(
            "name",
            grid.hazelcast().map(h -> h.getConfig().getClusterName()).orElse("(no data grid)"))
        .build();
  }
}
