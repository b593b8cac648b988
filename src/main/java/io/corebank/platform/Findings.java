package io.corebank.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a check found: every finding counted, the first {@code maxListed} kept to be listed. A check over a
 * large table must not hold a million findings in memory to say how many there were.
 */
public final class Findings implements Consumer<String> {
  private final int maxListed;
  private final List<String> listed = new ArrayList<>();
  private long count;

  public Findings(int maxListed) {
    this.maxListed = maxListed;
  }

  @Override
  public void accept(String finding) {
    count++;
    if (listed.size() < maxListed) listed.add(finding);
  }

  /** How many were found; may exceed {@code listed().size()}. */
  public long count() {
    return count;
  }

  /** The first of them, in the order found. */
  public List<String> listed() {
    return List.copyOf(listed);
  }
}
