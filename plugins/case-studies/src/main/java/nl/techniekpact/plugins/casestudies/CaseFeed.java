package nl.techniekpact.plugins.casestudies;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.plugin.api.CaseQuery;
import nl.techniekpact.plugin.api.CaseResults;
import nl.techniekpact.plugin.api.PluginContext;
import nl.techniekpact.plugin.api.RestEndpoint;
import org.pf4j.Extension;

/**
 * The Atom feed of new cases (RFC 4287) at {@code /api/v1/plugins/case-studies/feed}: the {@value
 * #ENTRIES} most recently added published cases, newest first, each linking to its page. The case
 * index links to it with {@code <link rel="alternate" type="application/atom+xml">}.
 */
@Extension
public class CaseFeed implements RestEndpoint {

  /** How many cases the feed carries. */
  static final int ENTRIES = 20;

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final PluginContext context;

  /** Reads cases through the context. */
  public CaseFeed(PluginContext context) {
    this.context = context;
  }

  /**
   * The feed.
   *
   * @param uri the request's address, for absolute links
   * @return the Atom document
   * @throws XMLStreamException never in practice
   */
  @GET
  @Path("feed")
  @Produces("application/atom+xml;charset=UTF-8")
  public String feed(@Context UriInfo uri) throws XMLStreamException {
    String base = uri.getBaseUri().resolve("/").toString().replaceAll("/$", "");
    List<CaseStudy> newest = newest();
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace(ATOM);
    element(xml, "id", base + "/cases");
    element(xml, "title", "Techniekpact – nieuwe cases");
    element(
        xml,
        "updated",
        newest.stream()
            .map(CaseFeed::updated)
            .max(Comparator.naturalOrder())
            .orElse(Instant.EPOCH)
            .toString());
    link(xml, "alternate", base + "/cases", "text/html");
    link(xml, "self", base + "/api/v1/plugins/case-studies/feed", "application/atom+xml");
    xml.writeStartElement("author");
    element(xml, "name", "Techniekpact");
    xml.writeEndElement();
    for (CaseStudy item : newest) {
      String href = base + "/cases/" + item.getSlug();
      xml.writeStartElement("entry");
      element(xml, "id", href);
      element(xml, "title", Web.text(item.getTitle(), Locale.forLanguageTag("nl")));
      element(xml, "updated", updated(item).toString());
      link(xml, "alternate", href, "text/html");
      element(xml, "summary", Web.text(item.getSummary(), Locale.forLanguageTag("nl")));
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    return out.toString();
  }

  /** The last {@value #ENTRIES} cases in the order they were added, newest first. */
  private List<CaseStudy> newest() {
    CaseResults first = context.content().publishedCases(CaseQuery.all().page(1, ENTRIES));
    List<CaseStudy> found = new ArrayList<>(first.cases());
    if (first.pages() > 1) {
      // the last two pages hold the newest ENTRIES cases
      for (int page = Math.max(2, first.pages() - 1); page <= first.pages(); page++) {
        found.addAll(context.content().publishedCases(CaseQuery.all().page(page, ENTRIES)).cases());
      }
    }
    List<CaseStudy> newest =
        new ArrayList<>(found.subList(Math.max(0, found.size() - ENTRIES), found.size()));
    java.util.Collections.reverse(newest);
    return newest;
  }

  private static Instant updated(CaseStudy item) {
    Instant at = item.getUpdatedAt() != null ? item.getUpdatedAt() : item.getCreatedAt();
    return at == null ? Instant.EPOCH : at;
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
    xml.writeAttribute("type", type);
  }
}
