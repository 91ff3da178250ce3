package nl.techniekpact.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.annotation.WebFilter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The order of the filters is ours: web.xml maps every filter the CMS declares, because the
 * container orders filters declared only by annotation as it likes, and that differed between
 * deployments (the database outage's filter once ran after the routes it must wrap).
 */
class FilterOrderTest {

  @Test
  void everyDeclaredFilterIsMappedInWebXmlInTheIntendedOrder() throws Exception {
    List<String> mapped = mappedFilters();

    assertThat(mapped).containsExactlyInAnyOrderElementsOf(declaredFilters());
    assertThat(mapped)
        .as("security headers, page cache and the outage's answer come before all else")
        .startsWith("securityHeaders", "pageCache", "expectedErrors");
    assertThat(mapped.indexOf("requestBodyGuard")).isLessThan(mapped.indexOf("siteRoutes"));
    assertThat(mapped.indexOf("siteRoutes")).isLessThan(mapped.indexOf("pluginRoutes"));
  }

  private static List<String> mappedFilters() throws Exception {
    Document webXml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
    NodeList mappings = webXml.getElementsByTagName("filter-mapping");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < mappings.getLength(); i++) {
      org.w3c.dom.Element mapping = (org.w3c.dom.Element) mappings.item(i);
      names.add(mapping.getElementsByTagName("filter-name").item(0).getTextContent().strip());
    }
    return names;
  }

  /** The names of the classes annotated {@code @WebFilter} among the CMS's compiled classes. */
  private static List<String> declaredFilters() throws IOException, URISyntaxException {
    Path classes =
        Path.of(ErrorKind.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.');
        try {
          Class<?> type =
              Class.forName(
                  name.substring(0, name.length() - ".class".length()),
                  false,
                  FilterOrderTest.class.getClassLoader());
          WebFilter filter = type.getAnnotation(WebFilter.class);
          if (filter != null) {
            names.add(filter.filterName());
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // a class whose dependencies only the server has cannot declare one of our filters here
        }
      }
    }
    return names;
  }
}
