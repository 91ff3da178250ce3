package nl.techniekpact.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example load balancer configuration of docs/operations.md is valid for Debian's nginx. */
class NginxConfigIT {

  @TempDir Path dir;

  @Test
  void theExampleConfigurationPassesNginxTest() throws Exception {
    assumeTrue(
        Nginx.installed() || System.getenv("CI") != null,
        "nginx is not installed (apt-get install nginx; .ci/run does)");

    Nginx.Result result = Nginx.test(dir, Nginx.mainConfig(dir, Nginx.EXAMPLE.toAbsolutePath()));

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("syntax is ok").contains("test is successful");
  }

  @Test
  void aBrokenConfigurationIsCaughtByTheSameCheck() throws Exception {
    assumeTrue(Nginx.installed() || System.getenv("CI") != null, "nginx is not installed");
    Path broken = dir.resolve("broken.conf");
    Files.writeString(broken, Files.readString(Nginx.EXAMPLE).replace("least_conn;", "least_conn"));

    Nginx.Result result = Nginx.test(dir, Nginx.mainConfig(dir, broken));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("test failed");
  }

  @Test
  void theSiteUsedByTheClusterTestDiffersOnlyInAddresses() throws Exception {
    String example = Files.readString(Nginx.EXAMPLE);
    String site = Files.readString(Nginx.siteFor(dir, 18390, List.of(18391, 18392)));

    assertThat(site)
        .contains("listen 127.0.0.1:18390;")
        .contains("server 127.0.0.1:18391 max_fails=3 fail_timeout=10s;")
        .doesNotContain("8081");
    assertThat(site.lines().count()).isEqualTo(example.lines().count());
  }
}
