package nl.techniekpact.cms.cluster;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs a call on a new thread that inherits nothing from its caller: no inheritable thread locals,
 * and so no Jakarta EE invocation of the application's.
 *
 * <p>Why: Payara's Hazelcast integration records the invocation current when a data grid object is
 * first created on a node, and pushes copies of it around every operation on that object. The
 * copies share the recorded invocation's registry map (a shallow clone), in which the request's
 * non-transactional {@code EntityManager}s are kept, so an operation thread closed the request's
 * entity manager, or one already closed, and the request failed (seen as a 500 of an edit form on a
 * cluster node). Created outside any invocation, the object records none. Its values must then be
 * JDK types, which {@link ClusterGrid}'s maps are anyway.
 */
final class OutsideTheApplication {

  private OutsideTheApplication() {}

  /**
   * The result of {@code call}, run on a thread of its own that inherits no thread locals; its
   * exception is thrown here.
   */
  static <T> T call(String name, Callable<T> call) {
    FutureTask<T> task = new FutureTask<>(call);
    Thread thread = new Thread(null, task, name, 0, false);
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + name, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(name + " failed", e.getCause());
    }
  }
}
