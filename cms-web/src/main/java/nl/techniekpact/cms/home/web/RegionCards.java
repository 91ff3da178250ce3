package nl.techniekpact.cms.home.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * The home page's landsdelen, {@code <cms:regionCards value="#{home.regions}"/>} inside their
 * {@code ul}: each card's name (a link when a plugin serves its page) and ambitions.
 */
@FacesComponent(createTag = true, tagName = "regionCards", namespace = HomeCards.NAMESPACE)
public class RegionCards extends HomeCards {

  @Override
  void write(FacesContext context, List<?> cards, ResponseWriter out) throws IOException {
    for (Object item : cards) {
      HomePage.RegionCard card = (HomePage.RegionCard) item;
      out.write('\n');
      out.startElement("li", null);
      out.writeAttribute("class", "card", null);
      out.startElement("h3", null);
      if (card.linked()) {
        out.startElement("a", null);
        out.writeAttribute("href", card.href(), null);
        out.writeText(card.name(), null);
        out.endElement("a");
      } else {
        out.writeText(card.name(), null);
      }
      out.endElement("h3");
      if (!card.ambitions().isEmpty()) {
        text(out, "p", null, card.ambitions());
      }
      out.endElement("li");
    }
    out.write('\n');
  }
}
