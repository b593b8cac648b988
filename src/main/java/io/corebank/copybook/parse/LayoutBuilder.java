package io.corebank.copybook.parse;

import io.corebank.copybook.CopybookException;
import io.corebank.copybook.Field;
import io.corebank.copybook.FieldType;
import io.corebank.copybook.Layout;
import io.corebank.copybook.OdoTable;
import io.corebank.copybook.RedefinesSet;
import io.corebank.copybook.SignSpec;
import io.corebank.copybook.Usage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assigns byte offsets to the entry tree and expands OCCURS into one field per occurrence.
 *
 * <p>Two passes: the first computes each item's length and its offset relative to its group
 * (REDEFINES items start where the item they redefine starts); the second walks the tree with
 * absolute offsets and emits the flat field list.
 *
 * <p>Several 01/77 entries in one copybook are treated like several record descriptions under
 * one FD: they all start at offset 0 and form one {@link RedefinesSet}.
 */
final class LayoutBuilder {
  private final String copybook;
  private final int maxExpandedFields;
  private final Map<EntryTree.Node, Integer> lengthBytes = new IdentityHashMap<>();
  private final Map<EntryTree.Node, Integer> relativeOffsetBytes = new IdentityHashMap<>();
  private final List<Field> fields = new ArrayList<>();
  private final List<RedefinesSet> redefinesSets = new ArrayList<>();
  private PendingOdo odo;
  private boolean odoTableEmitted;

  /** The OCCURS DEPENDING ON table found during emission, before its DEPENDING ON item is resolved. */
  private record PendingOdo(EntryTree.Node node, String tablePath, int offsetBytes, int elementLengthBytes) {
  }

  LayoutBuilder(String copybook, int maxExpandedFields) {
    this.copybook = copybook;
    this.maxExpandedFields = maxExpandedFields;
  }

  Layout build(List<DataEntry> entries) {
    List<EntryTree.Node> roots = EntryTree.build(entries);
    int maxRecordLength = 0;
    for (EntryTree.Node root : roots) {
      measure(root, null);
      maxRecordLength = Math.max(maxRecordLength, extentBytes(root));
    }
    List<String> rootPaths = emitChildren(roots, "", 0, null, false, 0);
    if (rootPaths.size() > 1) {
      redefinesSets.add(0, new RedefinesSet(rootPaths));
    }
    return new Layout(copybook, fields, redefinesSets, maxRecordLength, Optional.ofNullable(odo).map(this::resolve));
  }

  // ---- pass 1: lengths and relative offsets ----

  /** @param groupUsage the USAGE written on an enclosing group, or null */
  private int measure(EntryTree.Node node, Usage groupUsage) {
    DataEntry entry = node.entry;
    if (entry.usage != null && groupUsage != null && entry.usage != groupUsage) {
      throw new CopybookException(entry.usagePosition, "USAGE " + entry.usage.cobolName() + " of " + entry.name
          + " conflicts with USAGE " + groupUsage.cobolName() + " of its group");
    }
    Usage usage = writtenUsage(entry, groupUsage);
    int length;
    if (!node.isGroup()) {
      length = StorageRules.lengthBytes(entry, effective(usage));
    } else {
      if (entry.picture != null) {
        throw new CopybookException(entry.picturePosition,
            "group item " + entry.name + " cannot have a PICTURE clause");
      }
      if (entry.sign != null) {
        throw new CopybookException(entry.signPosition, "SIGN clause on group item " + entry.name
            + " is not supported; write it on the elementary items");
      }
      length = measureChildren(node, usage);
    }
    lengthBytes.put(node, length);
    return length;
  }

  private int measureChildren(EntryTree.Node group, Usage usage) {
    int cursor = 0;
    EntryTree.Node redefinable = null;
    Set<String> names = new HashSet<>();
    for (EntryTree.Node child : group.children) {
      DataEntry entry = child.entry;
      if (!entry.filler && !names.add(entry.name)) {
        throw new CopybookException(entry.position, "duplicate data name " + entry.name + " in group " + group.entry.name);
      }
      measure(child, usage);
      if (entry.redefines != null) {
        checkRedefines(child, redefinable);
        relativeOffsetBytes.put(child, relativeOffsetBytes.get(redefinable));
      } else {
        relativeOffsetBytes.put(child, cursor);
        cursor += extentBytes(child);
        redefinable = child;
      }
    }
    return cursor;
  }

  private void checkRedefines(EntryTree.Node item, EntryTree.Node redefinable) {
    DataEntry entry = item.entry;
    if (redefinable == null || !redefinable.entry.name.equals(entry.redefines)) {
      throw new CopybookException(entry.redefinesPosition, "REDEFINES " + entry.redefines
          + " must name the item immediately before " + entry.name + " at the same level"
          + (redefinable == null ? "" : " (" + redefinable.entry.name + ")"));
    }
    if (redefinable.entry.occurs != null) {
      throw new CopybookException(entry.redefinesPosition, "REDEFINES target " + entry.redefines
          + " has an OCCURS clause; redefine a group around the table instead");
    }
    if (extentBytes(item) > extentBytes(redefinable)) {
      throw new CopybookException(entry.redefinesPosition, entry.name + " (" + extentBytes(item)
          + " bytes) is larger than the item it redefines, " + entry.redefines + " ("
          + extentBytes(redefinable) + " bytes)");
    }
  }

  /** The USAGE written on the entry or inherited from its groups; null when none was written. */
  private static Usage writtenUsage(DataEntry entry, Usage groupUsage) {
    return entry.usage != null ? entry.usage : groupUsage;
  }

  private static Usage effective(Usage written) {
    return written == null ? Usage.DISPLAY : written;
  }

  private int extentBytes(EntryTree.Node node) {
    int times = node.entry.occurs == null ? 1 : node.entry.occurs.maxTimes();
    return lengthBytes.get(node) * times;
  }

  // ---- pass 2: absolute offsets and the flat field list ----

  /** Emits the children of one group occurrence and returns the paths of its direct items. */
  private List<String> emitChildren(List<EntryTree.Node> children, String parentPath, int groupOffsetBytes,
                    Usage usage, boolean insideTable, int odoOccurrence) {
    List<String> paths = new ArrayList<>();
    Map<String, List<String>> alternativesByBase = new LinkedHashMap<>();
    int fillers = 0;
    for (EntryTree.Node child : children) {
      DataEntry entry = child.entry;
      String name = entry.filler ? "FILLER#" + (++fillers) : entry.name;
      String path = parentPath.isEmpty() ? name : parentPath + "." + name;
      String redefinesPath = entry.redefines == null ? null : siblingPath(parentPath, entry.redefines);
      int offset = groupOffsetBytes + relativeOffsetBytes.getOrDefault(child, 0);
      emitOccurrences(child, path, offset, writtenUsage(entry, usage), insideTable, redefinesPath, odoOccurrence);
      paths.add(path);
      if (redefinesPath != null) {
        alternativesByBase.computeIfAbsent(redefinesPath, base -> new ArrayList<>(List.of(base))).add(path);
      }
    }
    alternativesByBase.values().forEach(alternatives -> redefinesSets.add(new RedefinesSet(alternatives)));
    return paths;
  }

  private void emitOccurrences(EntryTree.Node node, String path, int offsetBytes, Usage usage,
                 boolean insideTable, String redefinesPath, int odoOccurrence) {
    DataEntry.Occurs occurs = node.entry.occurs;
    if (occurs == null) {
      emitOne(node, path, offsetBytes, usage, insideTable, redefinesPath, odoOccurrence);
      return;
    }
    if (occurs.isVariable()) {
      startOdo(node, path, offsetBytes, insideTable);
    }
    int length = lengthBytes.get(node);
    for (int occurrence = 1; occurrence <= occurs.maxTimes(); occurrence++) {
      emitOne(node, path + "(" + occurrence + ")", offsetBytes + (occurrence - 1) * length, usage, true,
          redefinesPath, occurs.isVariable() ? occurrence : odoOccurrence);
    }
    odoTableEmitted = occurs.isVariable();
  }

  private void startOdo(EntryTree.Node node, String path, int offsetBytes, boolean insideTable) {
    DataEntry.Occurs occurs = node.entry.occurs;
    if (insideTable) {
      throw new CopybookException(occurs.position(), "OCCURS DEPENDING ON inside another OCCURS is not supported");
    }
    if (odo != null) {
      throw new CopybookException(occurs.position(),
          "only one OCCURS DEPENDING ON table per record is supported");
    }
    odo = new PendingOdo(node, path, offsetBytes, lengthBytes.get(node));
  }

  private void emitOne(EntryTree.Node node, String path, int offsetBytes, Usage usage, boolean insideTable,
             String redefinesPath, int odoOccurrence) {
    DataEntry entry = node.entry;
    if (odoTableEmitted) {
      throw new CopybookException(entry.position, entry.name
          + " follows the OCCURS DEPENDING ON table " + odo.tablePath()
          + "; items after a variable-length table are not supported");
    }
    if (fields.size() >= maxExpandedFields) {
      throw new CopybookException(entry.position, "layout expands to more than " + maxExpandedFields
          + " fields (OCCURS tables are expanded occurrence by occurrence)");
    }
    fields.add(field(node, path, offsetBytes, usage, redefinesPath, odoOccurrence));
    if (node.isGroup()) {
      emitChildren(node.children, path, offsetBytes, usage, insideTable, odoOccurrence);
    }
  }

  private Field field(EntryTree.Node node, String path, int offsetBytes, Usage usage, String redefinesPath,
            int odoOccurrence) {
    DataEntry entry = node.entry;
    FieldType type = node.isGroup() ? FieldType.GROUP : StorageRules.type(entry.picture, effective(usage));
    Optional<SignSpec> sign = type == FieldType.ZONED_DECIMAL && entry.picture.signed()
        ? Optional.of(entry.sign == null ? SignSpec.TRAILING_OVERPUNCH : entry.sign)
        : Optional.empty();
    return new Field(path, entry.name, entry.level, offsetBytes, lengthBytes.get(node), type,
        Optional.ofNullable(node.isGroup() ? null : entry.picture), effective(usage), sign,
        Optional.ofNullable(redefinesPath), odoOccurrence, entry.conditions, Optional.ofNullable(entry.value));
  }

  private static String siblingPath(String parentPath, String name) {
    return parentPath.isEmpty() ? name : parentPath + "." + name;
  }

  // ---- OCCURS DEPENDING ON ----

  private OdoTable resolve(PendingOdo pending) {
    DataEntry.Occurs occurs = pending.node().entry.occurs;
    List<Field> candidates = fields.stream()
        .filter(f -> f.name().equals(occurs.dependingOn()) && !f.path().contains("("))
        .toList();
    if (candidates.size() != 1) {
      throw new CopybookException(occurs.position(), "DEPENDING ON item " + occurs.dependingOn()
          + (candidates.isEmpty() ? " is not defined outside a table" : " is ambiguous: " + candidates.size()
          + " items have that name"));
    }
    Field counter = candidates.get(0);
    if (!counter.isNumeric() || counter.scale() != 0) {
      throw new CopybookException(occurs.position(), "DEPENDING ON item " + counter.path()
          + " must be a numeric integer item");
    }
    if (counter.endOffsetBytes() > pending.offsetBytes()) {
      throw new CopybookException(occurs.position(), "DEPENDING ON item " + counter.path()
          + " must come before the table it counts");
    }
    return new OdoTable(pending.tablePath(), counter.path(), occurs.minTimes(), occurs.maxTimes(),
        pending.offsetBytes(), pending.elementLengthBytes());
  }
}
