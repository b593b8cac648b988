package io.corebank.copybook.codec;

import io.corebank.copybook.CompileOptions;
import io.corebank.copybook.CopybookException;
import io.corebank.copybook.Field;
import io.corebank.copybook.Layout;
import io.corebank.copybook.RedefinesSet;
import io.corebank.copybook.SourcePosition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which REDEFINES alternative holds the data of a record, told by a record-type field: the
 * {@code --select FIELD --when VALUE=ALTERNATIVE} options of the command line, or the same rule
 * written in the copybook itself as two kinds of structured comment lines (column 7 {@code *}):
 *
 * <pre>
 *       * @select EXPORT-REC-TYPE
 *       * @when 'C' EXPORT-CUSTOMER-DATA
 *       * @when 'A' EXPORT-ACCOUNT-DATA
 * </pre>
 *
 * <p>{@code @select} names the record-type field (a data name, or a path); each {@code @when} gives
 * a value, as a quoted literal (doubled quotes inside) or an unquoted number for a numeric field,
 * and the data name of the alternative it selects. A value shorter than an alphanumeric field is
 * padded with spaces, as COBOL compares. Only comment lines whose text starts with {@code @select}
 * or {@code @when} are read; every other comment stays a comment, and the copybook compiler
 * ignores these lines like any comment. See copybooks/README.md.
 *
 * @param field      the record-type field as written (data name or path)
 * @param cases      value to alternative, in the order given
 * @param declaredAt where the {@code @select} line is, when the rule comes from a copybook
 */
public record RecordTypeSelection(String field, List<Case> cases, Optional<SourcePosition> declaredAt) {

  /**
   * One value of the record-type field and the alternative it selects.
   *
   * @param value       the value as given (unpadded)
   * @param alternative the data name or path of a REDEFINES alternative
   * @param declaredAt  where the {@code @when} line is, when the rule comes from a copybook
   */
  public record Case(String value, String alternative, Optional<SourcePosition> declaredAt) {
    public Case {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(alternative, "alternative");
    }
  }

  private static final int INDICATOR_COLUMN = 7;

  public RecordTypeSelection {
    Objects.requireNonNull(field, "field");
    cases = List.copyOf(cases);
  }

  /** A rule given outside a copybook (the command line). */
  public static RecordTypeSelection of(String field, List<Case> cases) {
    return new RecordTypeSelection(field, cases, Optional.empty());
  }

  /**
   * The rule a copybook declares in {@code @select} and {@code @when} comment lines, if any.
   *
   * @throws CopybookException naming the line and column of a malformed directive
   */
  public static Optional<RecordTypeSelection> declaredIn(Path copybook, CompileOptions options) {
    try (Reader reader = Files.newBufferedReader(copybook, StandardCharsets.UTF_8)) {
      return declaredIn(reader, copybook.getFileName().toString(), options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read copybook " + copybook, e);
    }
  }

  /** As {@link #declaredIn(Path, CompileOptions)}, for copybook text named {@code name}. */
  public static Optional<RecordTypeSelection> declaredIn(Reader copybook, String name, CompileOptions options) {
    String field = null;
    SourcePosition fieldAt = null;
    List<Case> cases = new ArrayList<>();
    try {
      BufferedReader lines = new BufferedReader(copybook);
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.length() <= INDICATOR_COLUMN || line.charAt(INDICATOR_COLUMN - 1) != '*') {
          continue;
        }
        String comment = line.substring(INDICATOR_COLUMN, Math.min(line.length(), options.lastCodeColumn()));
        int start = firstNonBlank(comment, 0);
        String keyword = word(comment, start).toLowerCase(Locale.ROOT);
        if (!keyword.equals("@select") && !keyword.equals("@when")) {
          continue;
        }
        SourcePosition at = new SourcePosition(name, number, INDICATOR_COLUMN + 1 + start);
        int next = firstNonBlank(comment, start + keyword.length());
        if (keyword.equals("@select")) {
          if (field != null) {
            throw new CopybookException(at, "second @select; " + fieldAt + " already names the record-type field");
          }
          field = word(comment, next);
          if (field.isEmpty() || firstNonBlank(comment, next + field.length()) < comment.length()) {
            throw new CopybookException(at, "@select needs exactly one data name: @select RECORD-TYPE-FIELD");
          }
          fieldAt = at;
        } else {
          cases.add(parseWhen(comment, next, new SourcePosition(name, number, INDICATOR_COLUMN + 1 + next), at));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read copybook " + name, e);
    }
    if (field == null && cases.isEmpty()) {
      return Optional.empty();
    }
    if (field == null) {
      throw new CopybookException(cases.get(0).declaredAt().orElseThrow(), "@when without an @select naming the record-type field");
    }
    if (cases.isEmpty()) {
      throw new CopybookException(fieldAt, "@select without any @when 'value' ALTERNATIVE line");
    }
    return Optional.of(new RecordTypeSelection(field, cases, Optional.of(fieldAt)));
  }

  private static Case parseWhen(String comment, int valueStart, SourcePosition valueAt, SourcePosition at) {
    if (valueStart >= comment.length()) {
      throw new CopybookException(at, "@when needs a value and an alternative: @when 'C' ALTERNATIVE-NAME");
    }
    char quote = comment.charAt(valueStart);
    String value;
    int afterValue;
    if (quote == '\'' || quote == '"') {
      StringBuilder literal = new StringBuilder();
      int i = valueStart + 1;
      while (true) {
        if (i >= comment.length()) {
          throw new CopybookException(valueAt, "literal is not closed by " + quote);
        }
        char c = comment.charAt(i);
        if (c == quote && i + 1 < comment.length() && comment.charAt(i + 1) == quote) {
          literal.append(quote);
          i += 2;
        } else if (c == quote) {
          break;
        } else {
          literal.append(c);
          i++;
        }
      }
      value = literal.toString();
      afterValue = i + 1;
    } else {
      value = word(comment, valueStart);
      afterValue = valueStart + value.length();
    }
    int alternativeStart = firstNonBlank(comment, afterValue);
    String alternative = word(comment, alternativeStart);
    if (alternative.isEmpty() || firstNonBlank(comment, alternativeStart + alternative.length()) < comment.length()) {
      throw new CopybookException(at, "@when needs a value and one alternative: @when 'C' ALTERNATIVE-NAME");
    }
    return new Case(value, alternative, Optional.of(at));
  }

  private static int firstNonBlank(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static String word(String text, int from) {
    int end = from;
    while (end < text.length() && text.charAt(end) != ' ') {
      end++;
    }
    return text.substring(Math.min(from, end), end);
  }

  /**
   * The selector for records of {@code layout}; other REDEFINES sets get their first alternative.
   *
   * @throws CopybookException when the rule comes from the copybook and does not fit its layout
   * @throws IllegalArgumentException when a rule given outside a copybook does not fit
   */
  public RedefinesSelector selector(Layout layout) {
    Field discriminator = resolveField(layout);
    Set<String> values = new HashSet<>();
    DiscriminatorSelector.Builder builder = DiscriminatorSelector.on(discriminator.path());
    int discriminatorIndex = layout.fields().indexOf(discriminator);
    for (Case c : cases) {
      String key = key(discriminator, c);
      if (!values.add(key)) {
        throw problem(c.declaredAt(), "value '" + c.value() + "' is given twice");
      }
      RedefinesSet set = layout.redefinesSets().stream()
          .filter(s -> s.alternativePaths().stream().anyMatch(p -> p.equals(c.alternative()) || p.endsWith("." + c.alternative())))
          .findFirst()
          .orElseThrow(() -> problem(c.declaredAt(), "'" + c.alternative() + "' is not a REDEFINES alternative of "
              + layout.name()));
      if (layout.fields().indexOf(layout.field(set.basePath())) < discriminatorIndex) {
        throw problem(c.declaredAt(), discriminator.path() + " comes after " + set.basePath()
            + ", so it cannot choose between its alternatives");
      }
      builder.when(key, set.resolve(c.alternative()));
    }
    return builder.build();
  }

  private Field resolveField(Layout layout) {
    if (layout.hasField(field)) {
      return elementary(layout.field(field));
    }
    List<Field> matches = layout.fields().stream().filter(f -> f.path().endsWith("." + field)).toList();
    if (matches.isEmpty()) {
      throw problem(declaredAt, "no field " + field + " in " + layout.name());
    }
    if (matches.size() > 1) {
      throw problem(declaredAt, field + " is ambiguous in " + layout.name() + ": "
          + matches.stream().map(Field::path).toList() + "; give the path");
    }
    return elementary(matches.get(0));
  }

  private Field elementary(Field f) {
    if (f.isGroup()) {
      throw problem(declaredAt, f.path() + " is a group; the record-type field must be an elementary item");
    }
    return f;
  }

  /** The value as the decoded field shows it: padded to an alphanumeric field, at the scale of a numeric one. */
  private String key(Field discriminator, Case c) {
    if (discriminator.isNumeric()) {
      try {
        return new BigDecimal(c.value()).setScale(discriminator.scale(), RoundingMode.UNNECESSARY).toString();
      } catch (NumberFormatException | ArithmeticException e) {
        throw problem(c.declaredAt(), "'" + c.value() + "' is not a value of numeric " + discriminator.path());
      }
    }
    if (c.value().length() > discriminator.lengthBytes()) {
      throw problem(c.declaredAt(), "'" + c.value() + "' is longer than " + discriminator.path() + " ("
          + discriminator.lengthBytes() + " characters)");
    }
    return c.value() + " ".repeat(discriminator.lengthBytes() - c.value().length());
  }

  private static RuntimeException problem(Optional<SourcePosition> at, String message) {
    return at.<RuntimeException>map(p -> new CopybookException(p, message))
        .orElseGet(() -> new IllegalArgumentException(message));
  }
}
