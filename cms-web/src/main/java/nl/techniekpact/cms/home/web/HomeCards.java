package nl.techniekpact.cms.home.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * The home page's two card lists, written by Java instead of a {@code ui:repeat} (ADR 0031): the
 * list items of the landsdelen ({@link RegionCards}) and of the goals ({@link GoalCards}), each
 * inside the {@code ul}/{@code ol} the page writes. The markup is what the repeats wrote, without
 * their indentation; text and attributes are escaped by the page's response writer as before. Every
 * request renders them anew from {@link HomePage}'s content: one expression per list instead of
 * five per card, and no per-row component state.
 */
public abstract class HomeCards extends UIComponentBase {

  /** The tag library namespace of the CMS's own components. */
  public static final String NAMESPACE = "nl.techniekpact.cms";

  @Override
  public String getFamily() {
    return "nl.techniekpact.cms.Home";
  }

  @Override
  public boolean getRendersChildren() {
    return true;
  }

  @Override
  public void encodeChildren(FacesContext context) {
    // no children
  }

  /** An attribute's value (a literal or an expression), evaluated once. */
  Object attribute(FacesContext context, String name) {
    ValueExpression expression = getValueExpression(name);
    return expression != null
        ? expression.getValue(context.getELContext())
        : getAttributes().get(name);
  }

  @Override
  public void encodeBegin(FacesContext context) throws IOException {
    if (!isRendered() || !(attribute(context, "value") instanceof List<?> cards)) {
      return;
    }
    write(context, cards, context.getResponseWriter());
  }

  abstract void write(FacesContext context, List<?> cards, ResponseWriter out) throws IOException;

  static void text(ResponseWriter out, String element, String cssClass, String text)
      throws IOException {
    out.startElement(element, null);
    if (cssClass != null) {
      out.writeAttribute("class", cssClass, null);
    }
    out.writeText(text, null);
    out.endElement(element);
  }
}
