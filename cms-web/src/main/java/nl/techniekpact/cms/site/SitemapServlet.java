package nl.techniekpact.cms.site;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.PactRepository;

/**
 * {@code /sitemap.xml}: every host page and every page a {@link SitemapSource} lists (the plugins'
 * pages), in Dutch and in English, each with its {@code hreflang} alternates (<a
 * href="https://www.sitemaps.org/protocol.html">sitemaps.org</a>, Google's {@code xhtml:link}
 * extension). Absolute URLs use the scheme, host and port the crawler used.
 */
@WebServlet(name = "sitemap", urlPatterns = "/sitemap.xml")
public class SitemapServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  @Inject private transient PactRepository pacts;

  @Inject private transient Instance<SitemapSource> sources;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String base = SiteLanguage.origin(request) + request.getContextPath();
    String xml;
    try {
      xml = write(base, pages());
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    response.setContentType("application/xml");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(xml);
  }

  /** The addresses of the host's pages below the context path. */
  private List<String> pages() {
    List<String> pages = new ArrayList<>(List.of("/", "/doelen"));
    pacts.findCurrent().map(p -> pacts.findGoals(p.getSlug())).orElse(List.of()).stream()
        .map(Goal::getNumber)
        .forEach(number -> pages.add("/doelen/" + number));
    for (SitemapSource source : sources) {
      source.paths().stream().filter(path -> !pages.contains(path)).forEach(pages::add);
    }
    return pages;
  }

  static String write(String base, List<String> pages) throws XMLStreamException {
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("urlset");
    xml.writeDefaultNamespace(SITEMAP_NS);
    xml.writeNamespace("xhtml", XHTML_NS);
    for (String page : pages) {
      String dutch = base + page;
      String english = dutch + "?lang=en";
      for (String loc : List.of(dutch, english)) {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(loc);
        xml.writeEndElement();
        alternate(xml, "nl", dutch);
        alternate(xml, "en", english);
        alternate(xml, "x-default", dutch);
        xml.writeEndElement();
      }
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    return out.toString();
  }

  private static void alternate(XMLStreamWriter xml, String language, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("xhtml", "link", XHTML_NS);
    xml.writeAttribute("rel", "alternate");
    xml.writeAttribute("hreflang", language);
    xml.writeAttribute("href", href);
  }
}
