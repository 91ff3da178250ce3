package nl.techniekpact.example.internships;

import java.util.List;
import nl.techniekpact.plugin.api.ContentType;
import nl.techniekpact.plugin.api.ContentTypeDefinition;
import nl.techniekpact.plugin.api.FieldDefinition;
import nl.techniekpact.plugin.api.FieldType;
import org.pf4j.Extension;

/**
 * The content type editors fill in: one internship or apprenticeship place. The CMS stores the
 * items, gives editors a list and form for them in the back office ("Stage- of leerbanen") and
 * {@code /api/v1/content/example-internships/internship-place}, and hands the published ones to
 * this plugin through {@code context.items()} ({@link Places#published}).
 */
@Extension
public class InternshipPlaceType implements ContentTypeDefinition {

  /** The type's key. */
  public static final String KEY = "internship-place";

  @Override
  public ContentType contentType() {
    return new ContentType(
            KEY,
            "Stage- of leerbaan",
            List.of(
                FieldDefinition.required("title", "Titel", FieldType.TEXT)
                    .inEnglish("Title")
                    .maxLength(120),
                FieldDefinition.required("organisation", "Organisatie", FieldType.TEXT)
                    .inEnglish("Organisation")
                    .maxLength(120),
                FieldDefinition.required("region", "Landsdeel", FieldType.REGION)
                    .inEnglish("Region"),
                FieldDefinition.optional("level", "Opleidingsniveau", FieldType.TEXT)
                    .inEnglish("Education level")
                    .maxLength(40),
                FieldDefinition.optional("places", "Aantal plaatsen", FieldType.NUMBER)
                    .inEnglish("Number of places"),
                FieldDefinition.optional("apply-at", "Aanmelden via", FieldType.URL)
                    .inEnglish("Apply at")))
        .inEnglish("Internship or apprenticeship");
  }
}
