package nl.techniekpact.cms.it;

import java.io.File;
import java.net.URI;
import nl.techniekpact.cms.it.api.ApiITHiddenContent;
import nl.techniekpact.cms.it.media.MediaITFixture;
import nl.techniekpact.cms.it.pagecache.PageCacheITContent;
import nl.techniekpact.cms.it.pagecache.PageCacheITRequestListener;
import nl.techniekpact.cms.it.publishing.PublishingITAccounts;
import nl.techniekpact.cms.it.publishing.PublishingITEvents;
import nl.techniekpact.cms.it.publishing.PublishingITSchedule;
import nl.techniekpact.cms.it.publishing.RegionITAccounts;
import nl.techniekpact.cms.it.search.SearchITChanges;
import nl.techniekpact.cms.it.security.SecurityITAccountSwitch;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import nl.techniekpact.cms.it.security.SecurityITPluginAdminResource;
import nl.techniekpact.cms.media.TestImages;
import nl.techniekpact.cms.plugin.host.BundledPlugins;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The suite's one deployment: the war Maven built, plus the test fixture pages under {@code
 * /it-fixtures/} and the first-party plugins it installs on its first start (system property {@code
 * cms.it.bundledPlugins}, as the distribution bundles them), served at the root as in production.
 * {@link OneDeploymentPerSuite} deploys it once for all integration tests.
 */
public final class CmsDeployment {

  private CmsDeployment() {}

  /** The built war with the fixture pages and the first-party plugins. */
  public static WebArchive war() {
    File war = new File(System.getProperty("cms.it.war", "target/cms-web.war"));
    WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
    StringBuilder index = new StringBuilder();
    for (String jar : System.getProperty("cms.it.bundledPlugins", "").split(",")) {
      if (!jar.isBlank()) {
        File file = new File(jar.strip());
        if (!file.isFile()) {
          throw new IllegalStateException(file + " is missing: build the plugins first");
        }
        archive.addAsResource(
            file, BundledPlugins.DIRECTORY + file.getName() + BundledPlugins.SUFFIX);
        index.append(file.getName()).append('\n');
      }
    }
    archive.addAsResource(new StringAsset(index.toString()), BundledPlugins.INDEX);
    return archive
        .addAsWebResource("it-fixtures/stateful-form.xhtml", "it-fixtures/stateful-form.xhtml")
        .addAsWebResource("it-fixtures/broken.xhtml", "it-fixtures/broken.xhtml")
        .addClasses(SecurityITAccounts.class, SecurityITPluginAdminResource.class)
        .addClasses(SecurityITAccountSwitch.class)
        .addClasses(ApiITHiddenContent.class)
        .addClasses(SearchITChanges.class)
        .addClasses(PageCacheITContent.class)
        .addClasses(PageCacheITRequestListener.class, PageCacheITRequestListener.Count.class)
        .addClasses(MediaITFixture.class, TestImages.class)
        .addClasses(
            PublishingITAccounts.class, PublishingITEvents.class, PublishingITSchedule.class)
        .addClasses(PublishingITEvents.Recorder.class, PublishingITEvents.Resource.class)
        .addClasses(RegionITAccounts.class)
        .addClasses(nl.techniekpact.cms.it.publishing.CaseListingITProbe.class);
  }

  /** Where the suite's server answers over TLS (a self-signed certificate). */
  public static URI secureBaseUri() {
    return URI.create("https://localhost:" + System.getProperty("cms.it.httpsPort", "18181") + "/");
  }

  /** Where the suite's server answers. */
  public static URI baseUri() {
    return URI.create("http://localhost:" + System.getProperty("cms.it.httpPort", "18080") + "/");
  }
}
