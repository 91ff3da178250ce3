package nl.techniekpact.cms.site;

import java.util.List;

/**
 * Pages that another part of the CMS adds to {@code sitemap.xml} (the plugins' pages): a CDI bean
 * implementing this is asked on every sitemap request.
 */
public interface SitemapSource {

  /**
   * The addresses below the context path, Dutch (the sitemap adds {@code ?lang=en}).
   *
   * @return addresses such as {@code /cases/de-maakotheek}
   */
  List<String> paths();
}
