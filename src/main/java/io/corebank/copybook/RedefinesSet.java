package io.corebank.copybook;

import java.util.List;

/**
 * An item and the items that REDEFINE it: alternative views of the same bytes, of which one
 * holds data in any given record.
 *
 * @param alternativePaths the redefined item first, then its redefinitions in source order
 */
public record RedefinesSet(List<String> alternativePaths) {

  public RedefinesSet {
    alternativePaths = List.copyOf(alternativePaths);
  }

  /** The path of the redefined (original) item. */
  public String basePath() {
    return alternativePaths.get(0);
  }

  /** The alternative whose path is {@code path}, or whose last name segment is {@code path}. */
  public String resolve(String pathOrName) {
    return alternativePaths.stream()
        .filter(p -> p.equals(pathOrName) || p.endsWith("." + pathOrName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "'" + pathOrName + "' is not one of the alternatives " + alternativePaths));
  }
}
