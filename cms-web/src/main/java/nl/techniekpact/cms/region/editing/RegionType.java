package nl.techniekpact.cms.region.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.EditableType;
import nl.techniekpact.cms.publishing.FieldErrors;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.model.region.Contact;
import nl.techniekpact.model.region.Province;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;
import nl.techniekpact.model.shared.DomainException;
import nl.techniekpact.model.shared.InvalidSlugException;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.plugin.api.ContentEvent;

/**
 * Regions for the {@link nl.techniekpact.cms.publishing.ContentEditor}: a region is the content of
 * its own region (so a regional editor edits the regions of their account); provinces are named by
 * their Dutch name or constant; the ambitions are plain text (the public page escapes them), so
 * there is no HTML to sanitize.
 */
@ApplicationScoped
public class RegionType implements EditableType<Region, RegionInput, ContentDocument<RegionInput>> {

  @Inject private RegionRepository regions;

  @Override
  public String key() {
    return ContentEvent.REGION;
  }

  @Override
  public Class<RegionInput> inputType() {
    return RegionInput.class;
  }

  @Override
  public Optional<Region> find(String slug) {
    try {
      return slug == null ? Optional.empty() : regions.findBySlug(Slug.of(slug));
    } catch (InvalidSlugException malformed) {
      return Optional.empty();
    }
  }

  @Override
  public String slugOf(RegionInput input) {
    return input.slug();
  }

  @Override
  public String slugSourceOf(RegionInput input) {
    return input.name();
  }

  @Override
  public RegionInput withSlug(RegionInput input, String slug) {
    return input.withSlug(slug);
  }

  @Override
  public String slugOf(Region item) {
    return item.getSlug().getValue();
  }

  @Override
  public RegionInput sanitized(RegionInput input) {
    return input;
  }

  @Override
  public Region create(RegionInput input, FieldErrors errors) {
    List<Province> provinces = provinces(input, errors);
    Region[] created = new Region[1];
    if (errors.isEmpty()) {
      errors.attempt(
          "slug", () -> created[0] = new Region(Slug.of(input.slug()), input.name(), provinces));
    }
    if (created[0] != null) {
      apply(created[0], input, errors);
    }
    return created[0];
  }

  @Override
  public void apply(Region item, RegionInput input, FieldErrors errors) {
    errors.attempt("name", () -> item.rename(input.name()));
    List<Province> provinces = provinces(input, errors);
    if (errors.isEmpty()) {
      errors.attempt("provinces", () -> item.cover(provinces));
    }
    item.describeAmbitions(TextInput.toText(input.ambitions()));
    ContactInput contact = input.contact();
    if (contact == null || contact.isBlank()) {
      item.assignContact(null);
    } else {
      errors.attempt(
          "contact",
          () -> item.assignContact(Contact.of(contact.name(), contact.email(), contact.phone())));
    }
    if (input.needsConfirmation()) {
      item.markForConfirmation();
    } else {
      item.confirm();
    }
  }

  private static List<Province> provinces(RegionInput input, FieldErrors errors) {
    List<Province> provinces = new ArrayList<>();
    for (String name : input.provinces()) {
      if (name == null) {
        errors.add("provinces", "must not contain null");
        continue;
      }
      try {
        provinces.add(Province.parse(name.strip()));
      } catch (DomainException unknown) {
        errors.add("provinces", unknown.getMessage());
      }
    }
    return provinces;
  }

  @Override
  public RegionInput inputOf(Region item) {
    return new RegionInput(
        item.getSlug().getValue(),
        item.getName(),
        item.getProvinces().stream().map(Province::getDisplayName).toList(),
        TextInput.of(item.getAmbitions()),
        ContactInput.of(item.getContact()),
        item.needsConfirmation());
  }

  @Override
  public Set<String> regionsOf(Region item) {
    return Set.of(item.getSlug().getValue());
  }

  @Override
  public void add(Region item) {
    regions.save(item);
  }

  @Override
  public ContentDocument<RegionInput> document(Region item) {
    return ContentDocument.of(inputOf(item), item);
  }
}
