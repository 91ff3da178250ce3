package nl.techniekpact.cms.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.plugin.api.ContentEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Messages between two real data grid members, as two CMS nodes exchange them. */
class ClusterGridTest {

  private static TwoGridMembers members;
  private static ClusterGrid nodeA;
  private static ClusterGrid nodeB;

  @BeforeAll
  static void twoMembers() {
    members = new TwoGridMembers();
    nodeA = new ClusterGrid(members.a);
    nodeB = new ClusterGrid(members.b);
  }

  @AfterAll
  static void stop() {
    members.close();
  }

  @Test
  void bothNodesSeeTwoMembers() {
    assertThat(nodeA.members()).isEqualTo(2);
    assertThat(nodeB.members()).isEqualTo(2);
  }

  @Test
  void aChangePublishedOnOneNodeReachesTheOtherWithinTwoSecondsAndNeverItself() throws Exception {
    String topic = "test.content-changed";
    List<ContentChanged> onA = new CopyOnWriteArrayList<>();
    List<ContentChanged> onB = new CopyOnWriteArrayList<>();
    var subA = nodeA.subscribe(topic, m -> onA.add(ChangeMessages.decodeContent(m)));
    var subB = nodeB.subscribe(topic, m -> onB.add(ChangeMessages.decodeContent(m)));
    ContentChanged change =
        ContentChanged.of(ContentEvent.CASE_STUDY, "de-maakotheek", ContentEvent.Kind.PUBLISHED)
            .touching(Set.of("noord-nederland"));

    long sent = System.nanoTime();
    nodeA.publish(topic, ChangeMessages.encode(change));
    while (onB.isEmpty() && System.nanoTime() - sent < Duration.ofSeconds(2).toNanos()) {
      Thread.sleep(10);
    }

    assertThat(onB).containsExactly(change);
    TimeUnit.MILLISECONDS.sleep(300);
    assertThat(onA).as("a node does not receive its own messages").isEmpty();
    nodeA.unsubscribe(topic, subA);
    nodeB.unsubscribe(topic, subB);
  }

  @Test
  void aMapWrittenOnOneNodeIsReadOnTheOtherAndEachNodeKeepsOneProxyOfIt() {
    var onA = nodeA.<String, String>map("test.shared").orElseThrow();
    onA.put("item", "Eva Editor");

    assertThat(nodeB.<String, String>map("test.shared").orElseThrow().get("item"))
        .isEqualTo("Eva Editor");
    assertThat((Object) nodeA.<String, String>map("test.shared").orElseThrow()).isSameAs(onA);
  }

  @Test
  void withoutAGridNothingIsSentAndNothingSubscribed() {
    ClusterGrid alone = new ClusterGrid(null);

    alone.publish("test.alone", "hello");

    assertThat(alone.subscribe("test.alone", m -> {})).isEmpty();
    assertThat(alone.members()).isEqualTo(1);
    assertThat(alone.map("test.alone")).isEmpty();
  }
}
