package nl.techniekpact.cms.security.account;

import java.util.ArrayList;
import java.util.List;

/** An account audit for unit tests: keeps what would be recorded, as "actor action account". */
public class RecordedAccountAudit extends AccountAudit {

  /** The actor of what {@link #record} keeps (the caller of a request in the server). */
  public static final String CALLER = "caller";

  private final List<String> entries = new ArrayList<>();
  private final List<String> details = new ArrayList<>();

  @Override
  public void record(Account account, Action action, String detail) {
    recordBy(CALLER, account, action, detail);
  }

  @Override
  public void recordBy(String actor, Account account, Action action, String detail) {
    entries.add(actor + " " + action.code() + " " + account.getUsername());
    details.add(String.valueOf(detail));
  }

  /** The details of what was recorded, oldest first ({@code "null"} for none). */
  public List<String> details() {
    return List.copyOf(details);
  }

  /** What was recorded so far, oldest first. */
  public List<String> entries() {
    return List.copyOf(entries);
  }
}
