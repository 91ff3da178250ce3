package nl.techniekpact.cms.plugin.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.techniekpact.plugin.api.Contribution;

/**
 * Calls the implementations of extension points that plugins declare themselves (a partner plugin
 * adding a section to a region page of the regional-pages plugin), each through the {@link
 * PluginInvoker}: a partner that throws is counted against itself and reported as failed, and the
 * calling plugin goes on with the others.
 */
public final class PartnerExtensions {

  private final PluginRegistry registry;
  private final PluginInvoker invoker;

  /** Calls through the invoker into the running plugins of the registry. */
  public PartnerExtensions(PluginRegistry registry, PluginInvoker invoker) {
    this.registry = registry;
    this.invoker = invoker;
  }

  /** What one extension returned; a holder so that a {@code null} result is not a failure. */
  private record Result<R>(R value) {}

  /**
   * Calls each running extension that implements {@code point}, in plugin start order.
   *
   * @param point the extension point
   * @param call what to ask each one
   * @return one contribution per extension
   */
  public <T, R> List<Contribution<R>> call(Class<T> point, Function<? super T, ? extends R> call) {
    List<Contribution<R>> results = new ArrayList<>();
    for (ActivePlugin plugin : registry.all()) {
      for (Object extension : plugin.partnerExtensions()) {
        if (!point.isInstance(extension)) {
          continue;
        }
        T typed = point.cast(extension);
        Optional<Result<R>> result =
            invoker.call(
                plugin, "extension " + point.getName(), () -> new Result<R>(call.apply(typed)));
        results.add(
            result
                .map(r -> new Contribution<R>(plugin.id(), r.value(), false))
                .orElseGet(() -> new Contribution<>(plugin.id(), null, true)));
      }
    }
    return results;
  }
}
