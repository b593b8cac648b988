package io.corebank.copybook.codec;

import io.corebank.copybook.RedefinesSet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Chooses a REDEFINES alternative by the value of a record-type field, e.g. the CardDemo
 * export file's {@code EXPORT-REC-TYPE}: 'C' selects the customer view, 'A' the account view.
 * Sets that none of the mapped alternatives belong to are left to a fallback selector.
 */
public final class DiscriminatorSelector implements RedefinesSelector {
  private final String discriminatorPath;
  private final Map<String, String> alternativeByValue;
  private final RedefinesSelector fallback;

  private DiscriminatorSelector(String discriminatorPath, Map<String, String> alternativeByValue,
                  RedefinesSelector fallback) {
    this.discriminatorPath = discriminatorPath;
    this.alternativeByValue = Map.copyOf(alternativeByValue);
    this.fallback = fallback;
  }

  /** Starts a selector keyed on the alphanumeric field at {@code discriminatorPath}. */
  public static Builder on(String discriminatorPath) {
    return new Builder(Objects.requireNonNull(discriminatorPath));
  }

  @Override
  public String activeAlternative(RedefinesSet set, FieldValues valuesSoFar) {
    boolean governed = alternativeByValue.values().stream().anyMatch(alternative -> isMember(set, alternative));
    if (!governed) {
      return fallback.activeAlternative(set, valuesSoFar);
    }
    Object value = valuesSoFar.value(discriminatorPath);
    String alternative = alternativeByValue.get(String.valueOf(value));
    if (alternative == null) {
      throw new IllegalArgumentException("value '" + value + "' of " + discriminatorPath
          + " selects none of the alternatives; known values are " + alternativeByValue.keySet());
    }
    return alternative;
  }

  private static boolean isMember(RedefinesSet set, String alternative) {
    return set.alternativePaths().stream().anyMatch(p -> p.equals(alternative) || p.endsWith("." + alternative));
  }

  public static final class Builder {
    private final String discriminatorPath;
    private final Map<String, String> alternativeByValue = new LinkedHashMap<>();
    private RedefinesSelector fallback = RedefinesSelector.firstAlternative();

    private Builder(String discriminatorPath) {
      this.discriminatorPath = discriminatorPath;
    }

    /** When the discriminator holds {@code value} (exactly, blanks included), {@code alternative} is active. */
    public Builder when(String value, String alternativePathOrName) {
      alternativeByValue.put(value, alternativePathOrName);
      return this;
    }

    /** Selector for REDEFINES sets this discriminator does not govern; default: first alternative. */
    public Builder otherwise(RedefinesSelector otherSets) {
      this.fallback = Objects.requireNonNull(otherSets);
      return this;
    }

    public DiscriminatorSelector build() {
      return new DiscriminatorSelector(discriminatorPath, alternativeByValue, fallback);
    }
  }
}
