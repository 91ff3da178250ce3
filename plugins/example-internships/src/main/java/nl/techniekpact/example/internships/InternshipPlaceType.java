package nl.techniekpact.example.internships;

import java.util.List;
import nl.techniekpact.plugin.api.ContentType;
import nl.techniekpact.plugin.api.ContentTypeDefinition;
import nl.techniekpact.plugin.api.FieldDefinition;
import nl.techniekpact.plugin.api.FieldType;
import org.pf4j.Extension;

/** The content type editors will fill in: one internship or apprenticeship place. */
@Extension
public class InternshipPlaceType implements ContentTypeDefinition {

  @Override
  public ContentType contentType() {
    return new ContentType(
        "internship-place",
        "Stage- of leerbaan",
        List.of(
            FieldDefinition.required("title", "Titel", FieldType.TEXT),
            FieldDefinition.required("organisation", "Organisatie", FieldType.TEXT),
            FieldDefinition.required("region", "Landsdeel", FieldType.REGION),
            FieldDefinition.optional("level", "Opleidingsniveau", FieldType.TEXT),
            FieldDefinition.optional("places", "Aantal plaatsen", FieldType.NUMBER),
            FieldDefinition.optional("apply-at", "Aanmelden via", FieldType.URL)));
  }
}
