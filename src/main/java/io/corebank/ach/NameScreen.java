package io.corebank.ach;

import java.util.Optional;

/** Sanctions screening of a name (OFAC SDN list): a hit holds the item for review, it never posts. */
public interface NameScreen {

  /** A description of the list entry the name matches, or empty when it matches none. */
  Optional<String> match(String name);
}
