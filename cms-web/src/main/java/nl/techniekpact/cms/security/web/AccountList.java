package nl.techniekpact.cms.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.security.account.AccountAdministration;
import nl.techniekpact.cms.security.account.AccountQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The administrator's account list ({@code /beheer/accounts/}): a lazy, paged, sortable table
 * filtered by text, role and state; each page is one query through {@link AccountAdministration}.
 */
@Named
@ViewScoped
public class AccountList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountAdministration administration;

  private String text;
  private String role;
  private Boolean enabled;
  private Integer idleDays;

  private final LazyDataModel<AccountRow> accounts =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) administration.count(query(null));
        }

        @Override
        public List<AccountRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
          return administration.find(query(sort), first, pageSize).stream()
              .map(AccountRow::of)
              .toList();
        }

        @Override
        public String getRowKey(AccountRow row) {
          return row.username();
        }

        @Override
        public AccountRow getRowData(String rowKey) {
          return null;
        }
      };

  private AccountQuery query(SortMeta sort) {
    return new AccountQuery(
        text,
        role == null || role.isBlank() ? null : role,
        enabled,
        idleDays == null ? null : Instant.now().minus(Duration.ofDays(idleDays)),
        sort == null ? null : sort.getField(),
        sort == null || sort.getOrder() != SortOrder.DESCENDING);
  }

  public LazyDataModel<AccountRow> getAccounts() {
    return accounts;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  /** Only accounts not signed in for this many days (or never), or null for all. */
  public Integer getIdleDays() {
    return idleDays;
  }

  public void setIdleDays(Integer idleDays) {
    this.idleDays = idleDays == null || idleDays <= 0 ? null : idleDays;
  }
}
