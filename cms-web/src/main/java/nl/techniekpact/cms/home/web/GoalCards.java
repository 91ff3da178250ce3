package nl.techniekpact.cms.home.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * The home page's goals, {@code <cms:goalCards value="#{home.goals}" more="#{msg['home.more']}"/>}
 * inside their {@code ol}: each card's label, title and a "more" link with a text for screen
 * readers.
 */
@FacesComponent(createTag = true, tagName = "goalCards", namespace = HomeCards.NAMESPACE)
public class GoalCards extends HomeCards {

  @Override
  void write(FacesContext context, List<?> cards, ResponseWriter out) throws IOException {
    String more = String.valueOf(attribute(context, "more"));
    for (Object item : cards) {
      HomePage.GoalCard card = (HomePage.GoalCard) item;
      out.write('\n');
      out.startElement("li", null);
      out.writeAttribute("class", "card", null);
      text(out, "p", "label", card.label());
      text(out, "h3", null, card.title());
      out.startElement("p", null);
      out.writeAttribute("class", "more", null);
      out.startElement("a", null);
      out.writeAttribute("href", card.href(), null);
      out.writeText(more, null);
      text(out, "span", "visually-hidden", " " + card.more());
      out.endElement("a");
      out.endElement("p");
      out.endElement("li");
    }
    out.write('\n');
  }
}
