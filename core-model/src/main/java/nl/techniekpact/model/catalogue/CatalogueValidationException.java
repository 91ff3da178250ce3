package nl.techniekpact.model.catalogue;

import java.util.List;
import java.util.stream.Collectors;
import nl.techniekpact.model.shared.DomainException;

/**
 * A catalogue that cannot be imported, with every problem found: each names the path and the
 * offending value, for example {@code cases[3].region: unknown region "oost-brabant"}.
 *
 * <pre>{@code
 * try {
 *   CatalogueImport.into(em).persist(CatalogueJson.read(upload));
 * } catch (CatalogueValidationException e) {
 *   e.getProblems().forEach(p -> show(p.path(), p.message()));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class CatalogueValidationException extends DomainException {

  private final transient List<CatalogueProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems what is wrong, at least one
   */
  public CatalogueValidationException(List<CatalogueProblem> problems) {
    super(
        problems.get(0).path(),
        problems.get(0).message(),
        problems.size() == 1
            ? "catalogue is invalid: " + problems.get(0)
            : "catalogue has "
                + problems.size()
                + " problems:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found.
   *
   * @return the problems, at least one
   */
  public List<CatalogueProblem> getProblems() {
    return problems;
  }
}
