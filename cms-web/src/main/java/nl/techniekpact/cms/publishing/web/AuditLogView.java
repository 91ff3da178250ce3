package nl.techniekpact.cms.publishing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.backoffice.web.Moments;
import nl.techniekpact.cms.publishing.audit.AuditEntry;
import nl.techniekpact.cms.publishing.audit.AuditLog;
import nl.techniekpact.cms.publishing.audit.AuditQuery;
import nl.techniekpact.model.shared.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The searchable audit log ({@code /beheer/audit.xhtml}): who did what, when, to which item;
 * filtered by person, action, type, item and period, newest first, a page at a time from {@link
 * AuditLog}.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditLog audit;

  private String actor;
  private String action;
  private List<String> actions;
  private String contentType;
  private String itemSlug;
  private LocalDate from;
  private LocalDate until;

  /**
   * An audit entry as a row.
   *
   * @param at when
   * @param actor who
   * @param action what
   * @param contentType the item's type
   * @param itemSlug the item
   * @param itemVersion its version after the operation
   * @param detail more about it
   */
  public record Row(
      Instant at,
      String actor,
      String action,
      String contentType,
      String itemSlug,
      Long itemVersion,
      String detail)
      implements Serializable {
    static Row of(AuditEntry e) {
      return new Row(
          e.getAt(),
          e.getActor(),
          e.getAction(),
          e.getContentType(),
          e.getItemSlug(),
          e.getItemVersion(),
          e.getDetail());
    }
  }

  private final LazyDataModel<Row> entries =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) audit.count(query());
        }

        @Override
        public List<Row> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          return audit.search(query(), new Page(first, pageSize)).stream().map(Row::of).toList();
        }
      };

  private AuditQuery query() {
    AuditQuery query = AuditQuery.ALL;
    if (present(actor)) {
      query = query.byActor(actor.strip());
    }
    if (present(action)) {
      query = query.withAction(action.strip());
    }
    if (present(contentType)) {
      query = query.ofType(contentType.strip());
    }
    if (present(itemSlug)) {
      query = query.ofItem(present(contentType) ? contentType.strip() : null, itemSlug.strip());
    }
    if (from != null) {
      query = query.since(from.atStartOfDay(Moments.ZONE).toInstant());
    }
    if (until != null) {
      query = query.before(until.plusDays(1).atStartOfDay(Moments.ZONE).toInstant());
    }
    return query;
  }

  public LazyDataModel<Row> getEntries() {
    return entries;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  /** The actions the log holds, to choose one from (read once per view). */
  public List<String> getActions() {
    if (actions == null) {
      actions = List.copyOf(audit.actions());
    }
    return actions;
  }

  public String getContentType() {
    return contentType;
  }

  public void setContentType(String contentType) {
    this.contentType = contentType;
  }

  public String getItemSlug() {
    return itemSlug;
  }

  public void setItemSlug(String itemSlug) {
    this.itemSlug = itemSlug;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
