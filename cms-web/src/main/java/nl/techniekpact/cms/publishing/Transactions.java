package nl.techniekpact.cms.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import nl.techniekpact.cms.web.ProblemWithDetail;

/**
 * Runs work in a transaction of its own, committed when the call returns, so that what follows the
 * call (firing {@link ContentChanged}) happens after commit. A runtime exception rolls back and is
 * rethrown unchanged.
 */
@ApplicationScoped
public class Transactions {

  /** Runs the work in a new transaction and returns its result once committed. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inNewTransaction(Supplier<T> work) {
    return work.get();
  }

  /**
   * The exception a caller should see: the first {@link ProblemWithDetail} (a refusal, an invalid
   * edit, a conflict) in the cause chain, which the transaction machinery may have wrapped, or the
   * exception itself.
   */
  public static RuntimeException unwrapped(RuntimeException thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProblemWithDetail && cause instanceof RuntimeException runtime) {
        return runtime;
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    return thrown;
  }
}
