package nl.techniekpact.cms.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives the war's own style sheets and scripts (resources without a library, such as {@code
 * css/site.css}) an address that changes with their content: {@code ?h=} and the first 12 hex
 * digits of the SHA-256 of what Faces serves. Browsers keep resources for a week (Faces' {@code
 * max-age}); without this, a visitor would keep the old style sheet for up to a week after an
 * upgrade changed it, beside new pages. Library resources (PrimeFaces') carry their library's
 * version already. Faces ignores the parameter when it serves the resource. Registered in
 * faces-config.xml.
 */
public class ContentVersionedResources extends ResourceHandlerWrapper {

  /** The query parameter that holds the content's hash. */
  public static final String PARAMETER = "h";

  private static final int HEX_DIGITS = 12;

  private final Map<String, String> hashes = new ConcurrentHashMap<>();

  /** Wraps the Faces resource handler. */
  public ContentVersionedResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String resourceName) {
    return versioned(super.createResource(resourceName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName) {
    return versioned(super.createResource(resourceName, libraryName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName, String contentType) {
    return versioned(super.createResource(resourceName, libraryName, contentType));
  }

  private Resource versioned(Resource resource) {
    if (resource == null || resource.getLibraryName() != null) {
      return resource;
    }
    return new ResourceWrapper(resource) {
      @Override
      public String getRequestPath() {
        String path = super.getRequestPath();
        String hash = hashes.computeIfAbsent(getResourceName(), name -> hash(getWrapped()));
        return hash == null
            ? path
            : path + (path.contains("?") ? "&" : "?") + PARAMETER + "=" + hash;
      }
    };
  }

  /**
   * The first {@value #HEX_DIGITS} hex digits of the SHA-256 of the resource as served; null when
   * it has no content.
   */
  static String hash(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      if (in == null) {
        return null;
      }
      return Sha256.hex(in.readAllBytes()).substring(0, HEX_DIGITS);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource.getResourceName(), e);
    }
  }
}
