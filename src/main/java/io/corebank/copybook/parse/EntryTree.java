package io.corebank.copybook.parse;

import io.corebank.copybook.CopybookException;

import java.util.ArrayList;
import java.util.List;

/**
 * Nests data entries by level number: an entry belongs to the closest preceding entry with a
 * lower level. Level 01 and 77 entries are the roots.
 */
final class EntryTree {

  /** An entry with its subordinate entries. */
  static final class Node {
    final DataEntry entry;
    final List<Node> children = new ArrayList<>();

    Node(DataEntry entry) {
      this.entry = entry;
    }

    boolean isGroup() {
      return !children.isEmpty();
    }
  }

  private EntryTree() {
  }

  static List<Node> build(List<DataEntry> entries) {
    List<Node> roots = new ArrayList<>();
    List<Node> open = new ArrayList<>();
    for (DataEntry entry : entries) {
      Node node = new Node(entry);
      if (entry.level == 1 || entry.level == 77) {
        roots.add(node);
        open.clear();
        open.add(node);
        continue;
      }
      if (!open.isEmpty() && open.get(0).entry.level == 77) {
        throw new CopybookException(entry.position, "a level 77 item cannot have subordinate items");
      }
      while (!open.isEmpty() && open.get(open.size() - 1).entry.level >= entry.level) {
        open.remove(open.size() - 1);
      }
      if (open.isEmpty()) {
        throw new CopybookException(entry.position,
            "level " + twoDigits(entry.level) + " item must be subordinate to a level 01 item");
      }
      Node parent = open.get(open.size() - 1);
      if (!parent.children.isEmpty() && parent.children.get(parent.children.size() - 1).entry.level != entry.level) {
        throw new CopybookException(entry.position, "level " + twoDigits(entry.level)
            + " does not match the level of the preceding items in the same group ("
            + twoDigits(parent.children.get(parent.children.size() - 1).entry.level) + ")");
      }
      parent.children.add(node);
      open.add(node);
    }
    return roots;
  }

  private static String twoDigits(int level) {
    return String.format("%02d", level);
  }
}
