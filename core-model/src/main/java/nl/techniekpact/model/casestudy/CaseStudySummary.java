package nl.techniekpact.model.casestudy;

import java.util.Objects;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.LocalizedText;

/**
 * A case as a list of cases shows it — its slug, title, subtitle, summary and landsdeel — read
 * without its body and links, and not an entity: an immutable value (its texts are immutable {@link
 * LocalizedText}s of its own).
 *
 * <pre>{@code
 * List<CaseStudySummary> page = cases.findPublishedSummaries(CaseFilter.ALL, now, Page.first(12));
 * String title = page.get(0).title().in(locale);
 * }</pre>
 *
 * @param id the case's id
 * @param slug its slug
 * @param title its title
 * @param subtitle its subtitle, or {@code null}
 * @param summary its summary, or {@code null}
 * @param regionSlug the slug of its landsdeel, or {@code null}
 * @param regionName the name of its landsdeel, or {@code null}
 * @since 0.6.0
 */
public record CaseStudySummary(
    long id,
    String slug,
    LocalizedText title,
    LocalizedText subtitle,
    LocalizedText summary,
    String regionSlug,
    String regionName) {

  /** Checks the parts. */
  public CaseStudySummary {
    Objects.requireNonNull(slug, "slug");
  }

  /**
   * The summary of a case entity (its texts copied).
   *
   * @param item the case
   * @return its summary
   */
  public static CaseStudySummary of(CaseStudy item) {
    Region region = item.getRegion().orElse(null);
    return new CaseStudySummary(
        item.getId(),
        item.getSlug().getValue(),
        copy(item.getTitle()),
        copy(item.getSubtitle()),
        copy(item.getSummary()),
        region == null ? null : region.getSlug().getValue(),
        region == null ? null : region.getName());
  }

  private static LocalizedText copy(LocalizedText text) {
    return text == null ? null : text(text.getNl(), text.getEn());
  }

  /** A text from its columns: {@code null} without Dutch, as a provider reads an embedded text. */
  static LocalizedText text(String nl, String en) {
    return nl == null || nl.isBlank() ? null : LocalizedText.of(nl, en);
  }
}
