package nl.techniekpact.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The war's own resources get addresses that change with their content; libraries' do not. */
class ContentVersionedResourcesTest {

  /** Resources by name, each with a library (or none) and content. */
  private static final class Served extends ResourceHandler {
    private final Map<String, String> contents;
    private final String library;

    Served(Map<String, String> contents, String library) {
      this.contents = contents;
      this.library = library;
    }

    @Override
    public Resource createResource(String resourceName) {
      return createResource(resourceName, library);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
      return createResource(resourceName, libraryName, "text/css");
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
      String content = contents.get(resourceName);
      if (content == null) {
        return null;
      }
      Resource resource = new Fixed(content, libraryName);
      resource.setResourceName(resourceName);
      resource.setLibraryName(libraryName);
      return resource;
    }

    @Override
    public void handleResourceRequest(FacesContext context) {}

    @Override
    public boolean isResourceRequest(FacesContext context) {
      return false;
    }

    @Override
    public String getRendererTypeForResourceName(String resourceName) {
      return null;
    }

    @Override
    public boolean libraryExists(String libraryName) {
      return false;
    }
  }

  private static final class Fixed extends Resource {
    private final String content;
    private final String library;

    Fixed(String content, String library) {
      this.content = content;
      this.library = library;
    }

    @Override
    public InputStream getInputStream() {
      return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Map<String, String> getResponseHeaders() {
      return Map.of();
    }

    @Override
    public String getRequestPath() {
      return "/jakarta.faces.resource/"
          + getResourceName()
          + ".xhtml"
          + (library == null ? "" : "?ln=" + library + "&v=1.0");
    }

    @Override
    public URL getURL() {
      return null;
    }

    @Override
    public boolean userAgentNeedsUpdate(FacesContext context) {
      return true;
    }
  }

  private static String sha256Prefix(String content) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)))
        .substring(0, 12);
  }

  @Test
  void ownResourceAddressCarriesTheHashOfItsContent() throws Exception {
    ContentVersionedResources handler =
        new ContentVersionedResources(new Served(Map.of("css/site.css", "body{}"), null));

    assertThat(handler.createResource("css/site.css").getRequestPath())
        .isEqualTo("/jakarta.faces.resource/css/site.css.xhtml?h=" + sha256Prefix("body{}"));
  }

  @Test
  void otherContentGivesAnotherAddress() {
    String before =
        new ContentVersionedResources(new Served(Map.of("css/site.css", "body{}"), null))
            .createResource("css/site.css", null)
            .getRequestPath();
    String after =
        new ContentVersionedResources(new Served(Map.of("css/site.css", "body{color:red}"), null))
            .createResource("css/site.css", null)
            .getRequestPath();

    assertThat(after).isNotEqualTo(before).startsWith("/jakarta.faces.resource/css/site.css");
  }

  @Test
  void libraryResourcesAndMissingOnesAreLeftAsTheyAre() {
    ContentVersionedResources handler =
        new ContentVersionedResources(new Served(Map.of("core.js", "x"), "primefaces"));

    assertThat(handler.createResource("core.js", "primefaces", "text/javascript").getRequestPath())
        .isEqualTo("/jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=1.0");
    assertThat(handler.createResource("missing.css", "primefaces")).isNull();
  }
}
