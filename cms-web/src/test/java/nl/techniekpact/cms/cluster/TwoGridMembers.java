package nl.techniekpact.cms.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.UUID;

/**
 * Two Hazelcast members in this JVM that find each other over TCP on 127.0.0.1, as two CMS nodes do
 * (no multicast), on ports of their own.
 */
public final class TwoGridMembers implements AutoCloseable {

  private static final int FIRST_PORT = 16950;

  public final HazelcastInstance a;
  public final HazelcastInstance b;

  public TwoGridMembers() {
    String name = "unit-" + UUID.randomUUID();
    a = Hazelcast.newHazelcastInstance(config(name));
    b = Hazelcast.newHazelcastInstance(config(name));
  }

  private static Config config(String name) {
    Config config = new Config();
    config.setClusterName(name);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "jdk");
    config.setProperty("hazelcast.socket.bind.any", "false");
    config.getNetworkConfig().setPort(FIRST_PORT).setPortAutoIncrement(true).setPortCount(20);
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig()
        .setEnabled(true)
        .addMember("127.0.0.1:" + FIRST_PORT + "-" + (FIRST_PORT + 19));
    return config;
  }

  @Override
  public void close() {
    b.shutdown();
    a.shutdown();
  }
}
