package nl.techniekpact.cms.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropInDirectoryTest {

  @TempDir Path dir;

  private TestHost host;
  private DropInDirectory dropIn;

  private DropInDirectory dropIn() {
    if (dropIn == null) {
      host = TestHost.create(dir.resolve("work"));
      dropIn =
          new DropInDirectory(
              dir.resolve("drop-in"), host.lifecycle, Clock.systemUTC(), Duration.ofMillis(500));
    }
    return dropIn;
  }

  @AfterEach
  void stop() {
    if (host != null) {
      host.lifecycle.shutdown();
    }
  }

  private Path drop(String name, byte[] bytes, boolean settled) throws IOException {
    Files.createDirectories(dropIn().dir());
    Path file = Files.write(dropIn().dir().resolve(name), bytes);
    if (settled) {
      Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(5)));
    }
    return file;
  }

  @Test
  void aDroppedJarIsInstalledAndMovedToDone() throws IOException {
    drop("internships.jar", FixtureJars.bytes("internships"), true);

    dropIn().scan();

    assertThat(host.registry.find("example-internships")).isPresent();
    assertThat(dropIn().dir().resolve("internships.jar")).doesNotExist();
    assertThat(dropIn().dir().resolve("done/internships.jar")).exists();

    dropIn().scan();
    assertThat(host.store.list()).hasSize(1);
  }

  @Test
  void aFileStillBeingWrittenIsLeftForTheNextScan() throws IOException {
    drop("internships.jar", FixtureJars.bytes("internships"), false);

    dropIn().scan();

    assertThat(host.registry.find("example-internships")).isEmpty();
    assertThat(dropIn().dir().resolve("internships.jar")).exists();
  }

  @Test
  void aRefusedJarIsMovedToFailedWithItsReason() throws IOException {
    drop("wrong-api.jar", FixtureJars.bytes("wrong-api"), true);

    dropIn().scan();

    assertThat(dropIn().dir().resolve("failed/wrong-api.jar")).exists();
    assertThat(Files.readString(dropIn().dir().resolve("failed/wrong-api.jar.reason.txt")))
        .contains("requires plugin API ^9.0.0, but this CMS provides plugin API 0.5.0");
    assertThat(host.store.list()).isEmpty();
  }

  @Test
  void commandFilesDisableEnableAndRemove() throws IOException {
    drop("internships.jar", FixtureJars.bytes("internships"), true);
    dropIn().scan();

    drop("example-internships.disable", new byte[0], true);
    dropIn().scan();
    assertThat(host.registry.find("example-internships")).isEmpty();
    assertThat(host.store.find("example-internships").orElseThrow().state())
        .isEqualTo(PluginState.DISABLED);

    drop("example-internships.enable", new byte[0], true);
    dropIn().scan();
    assertThat(host.registry.find("example-internships")).isPresent();

    drop("example-internships.remove", new byte[0], true);
    dropIn().scan();
    assertThat(host.store.list()).isEmpty();
    assertThat(dropIn().dir().resolve("done/example-internships.remove")).exists();
  }

  @Test
  void aCommandForAnUnknownPluginFailsWithItsReason() throws IOException {
    drop("nothing-here.enable", new byte[0], true);

    dropIn().scan();

    assertThat(Files.readString(dropIn().dir().resolve("failed/nothing-here.enable.reason.txt")))
        .contains("Plugin nothing-here is not installed");
  }
}
