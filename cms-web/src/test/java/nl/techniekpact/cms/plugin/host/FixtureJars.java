package nl.techniekpact.cms.plugin.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The plugin jars built earlier in the reactor (see the surefire and failsafe system properties in
 * cms-web/pom.xml), and variants of them made on the fly.
 */
public final class FixtureJars {

  private FixtureJars() {}

  /** The path of a fixture, by its short name: {@code internships}, {@code start-fails}, … */
  public static Path path(String name) {
    String property = "cms.fixture." + name;
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          "System property " + property + " is not set: run the tests through Maven");
    }
    Path path = Path.of(value);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          path
              + " is missing: build the plugins in the same reactor, for example"
              + " ./mvnw -pl plugins/example-internships,plugins/test-fixtures/...,cms-web -am verify");
    }
    return path;
  }

  /** The bytes of a fixture. */
  public static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of a fixture with some manifest entries replaced. */
  public static byte[] withManifest(String name, Map<String, String> entries) {
    try (JarFile source = new JarFile(path(name).toFile())) {
      Manifest manifest = new Manifest(source.getManifest());
      entries.forEach(
          (key, value) -> manifest.getMainAttributes().put(new Attributes.Name(key), value));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
        for (JarEntry entry : source.stream().toList()) {
          if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
            continue;
          }
          out.putNextEntry(new JarEntry(entry.getName()));
          try (InputStream in = source.getInputStream(entry)) {
            in.transferTo(out);
          }
          out.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
