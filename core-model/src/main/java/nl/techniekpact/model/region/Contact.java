package nl.techniekpact.model.region;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import nl.techniekpact.model.shared.InvalidValueException;
import nl.techniekpact.model.shared.MissingValueException;
import nl.techniekpact.model.shared.Require;

/**
 * How to reach the people behind a landsdeel (contactgegevens): a name, an e-mail address and a
 * phone number, of which at least one is given.
 *
 * <pre>{@code
 * Contact contact = Contact.of("Programmabureau Noord", "noord@example.org", null);
 * }</pre>
 *
 * <p>Columns {@code contact_name}, {@code contact_email}, {@code contact_phone}.
 *
 * @since 0.1.0
 */
@Embeddable
public class Contact {

  @Size(max = 200)
  @Column(name = "contact_name", length = 200)
  private String name;

  @Email
  @Size(max = 320)
  @Column(name = "contact_email", length = 320)
  private String email;

  @Size(max = 50)
  @Column(name = "contact_phone", length = 50)
  private String phone;

  /** For JPA only. */
  protected Contact() {}

  private Contact(String name, String email, String phone) {
    this.name = name;
    this.email = email;
    this.phone = phone;
  }

  /**
   * Creates contact details.
   *
   * @param name a person or office, or {@code null}
   * @param email an e-mail address, or {@code null}
   * @param phone a phone number, or {@code null}
   * @return the contact
   * @throws MissingValueException when all three are blank (field {@code contact})
   * @throws InvalidValueException when the e-mail address has no {@code @} or a value is too long
   */
  public static Contact of(String name, String email, String phone) {
    String n = Require.optionalText("contact.name", name, 200);
    String e = Require.optionalText("contact.email", email, 320);
    String p = Require.optionalText("contact.phone", phone, 50);
    if (n == null && e == null && p == null) {
      throw new MissingValueException("contact", null);
    }
    if (e != null && !e.matches("[^@\\s]+@[^@\\s]+")) {
      throw new InvalidValueException("contact.email", e, "it is not an e-mail address");
    }
    return new Contact(n, e, p);
  }

  /**
   * The name of a person or office.
   *
   * @return the name or {@code null}
   */
  public String getName() {
    return name;
  }

  /**
   * The e-mail address.
   *
   * @return the address or {@code null}
   */
  public String getEmail() {
    return email;
  }

  /**
   * The phone number.
   *
   * @return the number or {@code null}
   */
  public String getPhone() {
    return phone;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contact other
        && Objects.equals(name, other.name)
        && Objects.equals(email, other.email)
        && Objects.equals(phone, other.phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, email, phone);
  }

  @Override
  public String toString() {
    return "Contact[" + name + ", " + email + ", " + phone + "]";
  }
}
