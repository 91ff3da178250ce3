package nl.techniekpact.cms.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.UUID;

/**
 * Two Hazelcast members in this JVM that find each other over TCP on 127.0.0.1, as two CMS nodes do
 * (no multicast), on ports of their own.
 */
public final class TwoGridMembers implements AutoCloseable {

  public final HazelcastInstance a;
  public final HazelcastInstance b;

  public TwoGridMembers() {
    String name = "unit-" + UUID.randomUUID();
    int portA = freePort();
    int portB = freePort();
    a = Hazelcast.newHazelcastInstance(config(name, portA, portB));
    b = Hazelcast.newHazelcastInstance(config(name, portB, portA));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Config config(String name, int port, int otherPort) {
    Config config = new Config();
    config.setClusterName(name);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "jdk");
    config.setProperty("hazelcast.socket.bind.any", "false");
    config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig()
        .setEnabled(true)
        .addMember("127.0.0.1:" + port)
        .addMember("127.0.0.1:" + otherPort);
    return config;
  }

  @Override
  public void close() {
    b.shutdown();
    a.shutdown();
  }
}
