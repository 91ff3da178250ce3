package nl.techniekpact.cms.region.editing;

import jakarta.json.bind.annotation.JsonbVisibility;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import nl.techniekpact.cms.publishing.FieldAccess;
import nl.techniekpact.model.region.Contact;

/**
 * Who to contact in a region, as an editor sends it: {@code name}, {@code email} and {@code phone},
 * at least one of them. JSON-B fills it through its fields.
 */
@JsonbVisibility(FieldAccess.class)
public final class ContactInput implements java.io.Serializable {

  @Size(max = 200)
  private String name;

  @Size(max = 320)
  private String email;

  @Size(max = 50)
  private String phone;

  /** For JSON-B. */
  public ContactInput() {}

  /** A contact; any part may be {@code null}, not all three. */
  public ContactInput(String name, String email, String phone) {
    this.name = name;
    this.email = email;
    this.phone = phone;
  }

  /** The input of a contact, or {@code null} for none. */
  public static ContactInput of(Contact contact) {
    return contact == null
        ? null
        : new ContactInput(contact.getName(), contact.getEmail(), contact.getPhone());
  }

  /** Whether every part is blank (no contact). */
  public boolean isBlank() {
    return blank(name) && blank(email) && blank(phone);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The name of a person or office, or {@code null}. */
  public String name() {
    return name;
  }

  /** The e-mail address, or {@code null}. */
  public String email() {
    return email;
  }

  /** The phone number, or {@code null}. */
  public String phone() {
    return phone;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContactInput other
        && Objects.equals(name, other.name)
        && Objects.equals(email, other.email)
        && Objects.equals(phone, other.phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, email, phone);
  }
}
