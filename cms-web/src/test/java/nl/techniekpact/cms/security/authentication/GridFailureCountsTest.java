package nl.techniekpact.cms.security.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.techniekpact.cms.cluster.TwoGridMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Login failures counted in a map of two real data grid members, as two CMS nodes count them. */
class GridFailureCountsTest {

  private static TwoGridMembers members;

  @BeforeAll
  static void twoMembers() {
    members = new TwoGridMembers();
  }

  @AfterAll
  static void stop() {
    members.close();
  }

  private static LoginThrottle throttleOn(com.hazelcast.core.HazelcastInstance member) {
    return new LoginThrottle(
        new LoginThrottle.Settings(5, 50, Duration.ofMinutes(15), Duration.ofMinutes(15)),
        Clock.systemUTC(),
        new GridFailureCounts(member.getMap(GridFailureCounts.MAP)));
  }

  @Test
  void failuresOnEitherNodeLockTheUsernameOnBoth() {
    LoginThrottle nodeA = throttleOn(members.a);
    LoginThrottle nodeB = throttleOn(members.b);

    for (int i = 0; i < 4; i++) {
      (i % 2 == 0 ? nodeA : nodeB).failed("grid-editor", "192.0.2.1");
    }
    assertThat(nodeA.lockedFor("grid-editor", "192.0.2.7")).isEmpty();
    nodeB.failed("grid-editor", "192.0.2.1");

    assertThat(nodeA.lockedFor("grid-editor", "192.0.2.7")).isPresent();
    assertThat(nodeB.lockedFor("grid-editor", "192.0.2.7")).isPresent();
  }

  @Test
  void concurrentFailuresOnBothNodesAreAllCounted() throws Exception {
    GridFailureCounts onA = new GridFailureCounts(members.a.getMap(GridFailureCounts.MAP));
    GridFailureCounts onB = new GridFailureCounts(members.b.getMap(GridFailureCounts.MAP));
    Instant keep = Instant.now().plusSeconds(60);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      GridFailureCounts counts = i % 2 == 0 ? onA : onB;
      done.add(
          pool.submit(
              () ->
                  counts.update(
                      "u:concurrent",
                      old -> {
                        long[] next = old == null ? new long[] {0} : old;
                        next = java.util.Arrays.copyOf(next, next.length + 1);
                        next[next.length - 1] = 1;
                        return next;
                      },
                      keep)));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();

    assertThat(onB.get("u:concurrent")).hasSize(41);
  }

  @Test
  void recordsExpireByThemselves() throws Exception {
    GridFailureCounts counts = new GridFailureCounts(members.a.getMap(GridFailureCounts.MAP));

    counts.update("u:short-lived", old -> new long[] {0, 1}, Instant.now().plusSeconds(2));
    assertThat(counts.get("u:short-lived")).isNotNull();

    // the grid expires entries on access and in the background, a little after their time; on a
    // loaded machine later still, so wait for it (up to 20 s) rather than for a fixed moment
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (counts.get("u:short-lived") != null && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(counts.get("u:short-lived")).isNull();
  }
}
