package nl.techniekpact.cms.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.techniekpact.cms.plugin.host.PluginRefusedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginJarTest {

  @TempDir Path dir;

  @Test
  void readsTheDescriptorOfTheExamplePlugin() {
    PluginJar jar = PluginJar.inspect(FixtureJars.path("internships"), "internships.jar");

    assertThat(jar.label()).isEqualTo("example-internships@1.0.0");
    assertThat(jar.requires()).isEqualTo("^0.3.0");
    assertThat(jar.dependencies()).isEmpty();
    assertThat(jar.classNames()).contains("nl.techniekpact.example.internships.InternshipsApi");
    assertThat(jar.sha256()).hasSize(64);
  }

  @Test
  void readsDependencies() {
    PluginJar jar = PluginJar.inspect(FixtureJars.path("needs-internships"), "needs.jar");

    assertThat(jar.dependencies()).hasSize(1);
    assertThat(jar.dependencies().get(0).getPluginId()).isEqualTo("example-internships");
    assertThat(jar.dependencies().get(0).getPluginVersionSupport()).isEqualTo(">=1.0.0");
  }

  @Test
  void somethingElseThanAZipIsNotAJar() throws IOException {
    Path file = Files.write(dir.resolve("notes.jar"), "not a jar at all".getBytes());

    assertRefused(file, Reason.NOT_A_JAR, "notes.jar is not a jar");
  }

  @Test
  void aTruncatedJarIsNotAJar() throws IOException {
    byte[] bytes = FixtureJars.bytes("internships");
    Path file =
        Files.write(dir.resolve("cut.jar"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

    assertRefused(file, Reason.NOT_A_JAR, "cut.jar");
  }

  @Test
  void aJarWithoutPluginManifestHasNoDescriptor() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("hello.txt"));
      zip.write("hello".getBytes());
      zip.closeEntry();
    }
    Path file = Files.write(dir.resolve("plain.jar"), bytes.toByteArray());

    assertRefused(file, Reason.NO_DESCRIPTOR, "plain.jar has no plugin descriptor");
  }

  @Test
  void malformedIdOrVersionIsRefusedNamingTheValue() throws IOException {
    Path badId =
        Files.write(
            dir.resolve("a.jar"),
            FixtureJars.withManifest("internships", Map.of("Plugin-Id", "Example Internships")));
    Path badVersion =
        Files.write(
            dir.resolve("b.jar"),
            FixtureJars.withManifest("internships", Map.of("Plugin-Version", "one")));

    assertRefused(badId, Reason.INVALID_DESCRIPTOR, "\"Example Internships\"");
    assertRefused(badVersion, Reason.INVALID_DESCRIPTOR, "Plugin-Version \"one\"");
  }

  private static void assertRefused(Path file, Reason reason, String message) {
    assertThatThrownBy(() -> PluginJar.inspect(file, file.getFileName().toString()))
        .isInstanceOfSatisfying(
            PluginRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessageContaining(message);
  }
}
