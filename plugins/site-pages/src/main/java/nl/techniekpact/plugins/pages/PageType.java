package nl.techniekpact.plugins.pages;

import java.util.List;
import nl.techniekpact.plugin.api.ContentType;
import nl.techniekpact.plugin.api.ContentTypeDefinition;
import nl.techniekpact.plugin.api.FieldDefinition;
import nl.techniekpact.plugin.api.FieldType;
import org.pf4j.Extension;

/**
 * A page of the site: what editors fill in under Plugin-inhoud → Pagina's (or over {@code
 * /api/v1/content/site-pages/page}). A page has no landsdeel, so only administrators and national
 * editors write pages.
 */
@Extension
public class PageType implements ContentTypeDefinition {

  /** The type's key. */
  public static final String KEY = "page";

  /** Field keys. */
  static final String TITLE = "title";

  static final String SUMMARY = "summary";
  static final String BODY = "body";
  static final String IN_FOOTER = "in-footer";
  static final String FOOTER_POSITION = "footer-position";

  @Override
  public ContentType contentType() {
    return new ContentType(
            KEY,
            "Pagina",
            List.of(
                FieldDefinition.required(TITLE, "Titel", FieldType.TEXT)
                    .inEnglish("Title")
                    .maxLength(120),
                FieldDefinition.optional(
                        SUMMARY,
                        "Samenvatting voor zoekmachines en linkvoorbeelden",
                        FieldType.TEXT)
                    .inEnglish("Summary for search engines and link previews")
                    .maxLength(300),
                FieldDefinition.required(BODY, "Tekst", FieldType.RICH_TEXT).inEnglish("Text"),
                FieldDefinition.optional(
                        IN_FOOTER, "Link in de voettekst van elke pagina", FieldType.BOOLEAN)
                    .inEnglish("Link in the footer of every page"),
                FieldDefinition.optional(
                        FOOTER_POSITION, "Plaats in de voettekst (lager eerst)", FieldType.NUMBER)
                    .inEnglish("Place in the footer (lower first)")))
        .inEnglish("Page");
  }
}
