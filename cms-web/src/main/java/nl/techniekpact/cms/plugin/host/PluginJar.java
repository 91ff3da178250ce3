package nl.techniekpact.cms.plugin.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import nl.techniekpact.cms.web.Sha256;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDependency;

/**
 * What the host reads from a plugin jar before it runs any of its code: the descriptor (PF4J
 * manifest entries), the classes it contains and its SHA-256.
 *
 * @param id {@code Plugin-Id}
 * @param version {@code Plugin-Version}
 * @param requires {@code Plugin-Requires}
 * @param dependencies {@code Plugin-Dependencies}
 * @param classNames the classes in the jar
 * @param sha256 the jar's SHA-256, hex
 * @param size the jar's size in bytes
 */
public record PluginJar(
    String id,
    String version,
    String requires,
    List<PluginDependency> dependencies,
    List<String> classNames,
    String sha256,
    long size) {

  /** What a plugin id looks like: also a URL path segment and part of configuration keys. */
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,62}");

  private static final Pattern VERSION =
      Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

  /** The label used in messages: {@code id@version}. */
  public String label() {
    return id + "@" + version;
  }

  /**
   * Reads and checks a jar.
   *
   * @param file the jar
   * @param name how to call it in messages (the uploaded or dropped file name)
   * @throws PluginRefusedException when it is not a jar, has no descriptor or an invalid one
   */
  public static PluginJar inspect(Path file, String name) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PluginRefusedException(
          PluginRefusedException.Reason.NOT_A_JAR, name + " cannot be read: " + e.getMessage(), e);
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      throw new PluginRefusedException(
          PluginRefusedException.Reason.NOT_A_JAR, name + " is not a jar (zip) file");
    }
    Manifest manifest;
    List<String> classes = new ArrayList<>();
    try (JarFile jar = new JarFile(file.toFile())) {
      manifest = jar.getManifest();
      for (ZipEntry entry : jar.stream().toList()) {
        String entryName = entry.getName();
        if (entryName.endsWith(".class")
            && !entryName.startsWith("META-INF/")
            && !entryName.endsWith("module-info.class")) {
          classes.add(entryName.substring(0, entryName.length() - 6).replace('/', '.'));
        }
        try (InputStream in = jar.getInputStream(entry)) {
          in.transferTo(OutputStreamSink.INSTANCE);
        }
      }
    } catch (SecurityException e) {
      throw new PluginRefusedException(
          PluginRefusedException.Reason.SIGNATURE_INVALID,
          name + " has a signature that does not match its contents: " + e.getMessage(),
          e);
    } catch (ZipException e) {
      throw new PluginRefusedException(
          PluginRefusedException.Reason.NOT_A_JAR,
          name + " is not a readable jar: " + e.getMessage(),
          e);
    } catch (IOException e) {
      throw new PluginRefusedException(
          PluginRefusedException.Reason.NOT_A_JAR, name + " cannot be read: " + e.getMessage(), e);
    }
    Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
    String id = value(main, ManifestPluginDescriptorFinder.PLUGIN_ID);
    String version = value(main, ManifestPluginDescriptorFinder.PLUGIN_VERSION);
    if (id == null && version == null) {
      throw new PluginRefusedException(
          PluginRefusedException.Reason.NO_DESCRIPTOR,
          name
              + " has no plugin descriptor: its META-INF/MANIFEST.MF needs Plugin-Id,"
              + " Plugin-Version and Plugin-Requires");
    }
    if (id == null || !ID.matcher(id).matches()) {
      throw new PluginRefusedException(
          PluginRefusedException.Reason.INVALID_DESCRIPTOR,
          name
              + ": Plugin-Id \""
              + (id == null ? "" : id)
              + "\" must be 2 to 63 lower-case letters, digits or dashes, starting with a letter");
    }
    if (version == null || !VERSION.matcher(version).matches()) {
      throw new PluginRefusedException(
          PluginRefusedException.Reason.INVALID_DESCRIPTOR,
          "Plugin "
              + id
              + ": Plugin-Version \""
              + (version == null ? "" : version)
              + "\" must be a semantic version such as 1.0.0");
    }
    String requires = value(main, ManifestPluginDescriptorFinder.PLUGIN_REQUIRES);
    List<PluginDependency> dependencies = new ArrayList<>();
    String declared = value(main, ManifestPluginDescriptorFinder.PLUGIN_DEPENDENCIES);
    if (declared != null) {
      for (String dependency : declared.split(",")) {
        if (!dependency.isBlank()) {
          dependencies.add(new PluginDependency(dependency.strip()));
        }
      }
    }
    return new PluginJar(
        id,
        version,
        requires,
        List.copyOf(dependencies),
        List.copyOf(classes),
        Sha256.hex(bytes),
        bytes.length);
  }

  private static String value(Attributes attributes, String name) {
    String value = attributes.getValue(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Reads every entry fully, so a truncated or corrupt jar is found before anything runs. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
