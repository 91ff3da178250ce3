package nl.techniekpact.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.techniekpact.distribution.RunningCms;

/**
 * One instance of the distribution started as a cluster node, the way docs/operations.md tells an
 * operator to: clustering switched back on with {@code --systemproperties}, TCP/IP discovery of the
 * other nodes on 127.0.0.1 (no multicast), its own HTTP and data grid port, HTTP bound to
 * 127.0.0.1.
 */
final class ClusterNode {

  static final Duration BOOT = Duration.ofSeconds(360);

  /**
   * The settings of a cluster.
   *
   * @param name the data grid's name; nodes with another name never join
   * @param gridPorts the data grid port of every node, in order
   * @param environment the environment of every node (database, administrator)
   */
  record Cluster(String name, List<Integer> gridPorts, Map<String, String> environment) {

    String members() {
      return gridPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
    }
  }

  private ClusterNode() {}

  /** Starts node {@code index} (0 is A) of {@code cluster}, HTTP on {@code httpPort}. */
  static RunningCms start(Cluster cluster, int index, int httpPort, Path workDir)
      throws IOException {
    Path dir = workDir.resolve("node-" + (char) ('a' + index));
    Files.createDirectories(dir);
    Path properties = dir.resolve("cluster.properties");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "# the uber jar was built with --nocluster; a node of a cluster switches it back on",
            "payaramicro.noCluster=false",
            "# the data grid listens on the --interfaces address only",
            "hazelcast.socket.bind.any=false",
            "hazelcast.phone.home.enabled=false",
            "# a node that stops answering is dropped after 10 s instead of 60",
            "hazelcast.max.no.heartbeat.seconds=10",
            "hazelcast.heartbeat.interval.seconds=2",
            ""));
    Path preBoot = dir.resolve("pre-boot-commands.asadmin");
    Files.writeString(
        preBoot,
        Files.readString(Path.of(System.getProperty("cms.pre-boot-commands")))
            + "\nset configs.config.server-config.network-config.network-listeners"
            + ".network-listener.http-listener.address=127.0.0.1\n"
            // the data grid back on, as docs/operations.md tells a cluster's operator
            + Files.readString(Path.of(System.getProperty("cms.cluster.pre-boot"))));
    List<String> command =
        new ArrayList<>(
            RunningCms.javaJar(
                "--port",
                Integer.toString(httpPort),
                "--systemproperties",
                properties.toString(),
                "--prebootcommandfile",
                preBoot.toString(),
                "--name",
                "node-" + (char) ('a' + index),
                "--clustername",
                cluster.name(),
                "--clustermode",
                "tcpip:" + cluster.members(),
                "--interfaces",
                "127.0.0.1",
                "--startport",
                Integer.toString(cluster.gridPorts().get(index)),
                "--hzinitialjoinwait",
                "1",
                "--disablephonehome"));
    Map<String, String> env = new java.util.HashMap<>(cluster.environment());
    env.put("CMS_DATA_DIR", dir.resolve("data").toString());
    return RunningCms.start(command, dir, env, httpPort);
  }
}
