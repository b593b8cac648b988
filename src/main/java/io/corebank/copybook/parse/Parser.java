package io.corebank.copybook.parse;

import io.corebank.copybook.ConditionName;
import io.corebank.copybook.CopybookException;
import io.corebank.copybook.Literal;
import io.corebank.copybook.SignSpec;
import io.corebank.copybook.SourcePosition;
import io.corebank.copybook.Usage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Parses data description entries (levels 01-49, 77 and 88) from copybook tokens. */
final class Parser {
  private static final Pattern DATA_NAME = Pattern.compile("[A-Z0-9](?:[A-Z0-9-]{0,28}[A-Z0-9])?");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d+)?|\\.\\d+)");
  private static final Pattern UNSIGNED_INTEGER = Pattern.compile("\\d{1,9}");

  private static final Map<String, Usage> USAGES = Map.ofEntries(
      Map.entry("DISPLAY", Usage.DISPLAY),
      Map.entry("COMP", Usage.BINARY), Map.entry("COMPUTATIONAL", Usage.BINARY),
      Map.entry("COMP-4", Usage.BINARY), Map.entry("COMPUTATIONAL-4", Usage.BINARY),
      Map.entry("BINARY", Usage.BINARY),
      Map.entry("COMP-3", Usage.PACKED_DECIMAL), Map.entry("COMPUTATIONAL-3", Usage.PACKED_DECIMAL),
      Map.entry("PACKED-DECIMAL", Usage.PACKED_DECIMAL),
      Map.entry("COMP-5", Usage.NATIVE_BINARY), Map.entry("COMPUTATIONAL-5", Usage.NATIVE_BINARY));

  private static final Set<String> UNSUPPORTED_USAGES = Set.of("COMP-1", "COMP-2", "COMPUTATIONAL-1",
      "COMPUTATIONAL-2", "INDEX", "POINTER", "PROCEDURE-POINTER", "FUNCTION-POINTER", "NATIONAL");

  private static final Set<String> CLAUSE_WORDS = Set.of("REDEFINES", "PIC", "PICTURE", "USAGE", "SIGN",
      "LEADING", "TRAILING", "OCCURS", "VALUE", "VALUES", "JUSTIFIED", "JUST", "BLANK", "SYNC",
      "SYNCHRONIZED", "RENAMES", "EXTERNAL", "GLOBAL", "INDEXED", "ASCENDING", "DESCENDING");

  private final List<Token> tokens;
  private int next;

  Parser(SourceText source) {
    this.tokens = new Lexer(source).tokenize();
  }

  List<DataEntry> parseEntries() {
    List<DataEntry> entries = new ArrayList<>();
    DataEntry conditionalVariable = null;
    while (peek().kind() != Token.Kind.END) {
      Token levelToken = next();
      int level = levelNumber(levelToken);
      if (level == 88) {
        if (conditionalVariable == null) {
          throw error(levelToken, "level 88 condition must follow the data item it belongs to");
        }
        conditionalVariable.conditions.add(conditionName());
      } else {
        conditionalVariable = dataEntry(level, levelToken.position());
        entries.add(conditionalVariable);
      }
    }
    if (entries.isEmpty()) {
      throw error(peek(), "copybook has no data description entry");
    }
    return entries;
  }

  private int levelNumber(Token token) {
    if (token.kind() == Token.Kind.WORD && token.text().matches("\\d{1,2}")) {
      int level = Integer.parseInt(token.text());
      if (level == 66) {
        throw error(token, "level 66 (RENAMES) is not supported");
      }
      if ((level >= 1 && level <= 49) || level == 77 || level == 88) {
        return level;
      }
    }
    throw error(token, "expected a level number (01-49, 77 or 88) but found " + token.describe());
  }

  private DataEntry dataEntry(int level, SourcePosition levelPosition) {
    Token nameToken = peek();
    DataEntry entry;
    if (nameToken.kind() == Token.Kind.WORD && !CLAUSE_WORDS.contains(nameToken.text())
        && !USAGES.containsKey(nameToken.text())) {
      next();
      boolean filler = nameToken.is("FILLER");
      entry = new DataEntry(level, levelPosition, filler ? "FILLER" : dataName(nameToken), filler);
    } else {
      entry = new DataEntry(level, levelPosition, "FILLER", true);
    }
    while (peek().kind() != Token.Kind.PERIOD) {
      clause(entry, next());
    }
    next();
    return entry;
  }

  private void clause(DataEntry entry, Token keyword) {
    if (keyword.kind() != Token.Kind.WORD) {
      throw error(keyword, "expected a clause (PIC, USAGE, OCCURS, REDEFINES, VALUE, SIGN) or '.' but found "
          + keyword.describe());
    }
    switch (keyword.text()) {
      case "REDEFINES" -> {
        requireAbsent(entry.redefines, keyword);
        Token target = next();
        entry.redefines = dataName(target);
        entry.redefinesPosition = target.position();
      }
      case "PIC", "PICTURE" -> picture(entry, keyword);
      case "USAGE" -> {
        optional("IS");
        usage(entry, next());
      }
      case "SIGN" -> {
        optional("IS");
        Token position = next();
        if (!position.is("LEADING") && !position.is("TRAILING")) {
          throw error(position, "expected LEADING or TRAILING after SIGN but found " + position.describe());
        }
        sign(entry, position);
      }
      case "LEADING", "TRAILING" -> sign(entry, keyword);
      case "OCCURS" -> occurs(entry, keyword);
      case "VALUE", "VALUES" -> {
        requireAbsent(entry.value, keyword);
        optional(keyword.is("VALUE") ? "IS" : "ARE");
        entry.value = literal(next());
      }
      case "JUSTIFIED", "JUST" -> optional("RIGHT");
      case "BLANK" -> {
        optional("WHEN");
        Token zero = next();
        if (!zero.text().matches("ZERO|ZEROS|ZEROES")) {
          throw error(zero, "expected ZERO after BLANK WHEN but found " + zero.describe());
        }
      }
      case "SYNC", "SYNCHRONIZED" -> {
        if (!optional("LEFT")) {
          optional("RIGHT");
        }
      }
      case "RENAMES" -> throw error(keyword, "RENAMES is not supported");
      default -> {
        if (USAGES.containsKey(keyword.text()) || UNSUPPORTED_USAGES.contains(keyword.text())) {
          usage(entry, keyword);
        } else {
          throw error(keyword, "expected a clause (PIC, USAGE, OCCURS, REDEFINES, VALUE, SIGN) or '.' but found "
              + keyword.describe());
        }
      }
    }
  }

  private void picture(DataEntry entry, Token keyword) {
    requireAbsent(entry.picture, keyword);
    optional("IS");
    Token text = next();
    if (text.kind() != Token.Kind.WORD) {
      throw error(text, "expected a picture string after " + keyword.text() + " but found " + text.describe());
    }
    try {
      entry.picture = PictureParser.parse(text.text());
    } catch (PictureParser.PictureException e) {
      SourcePosition at = text.position();
      throw new CopybookException(new SourcePosition(at.copybook(), at.line(), at.column() + e.index),
          e.getMessage());
    }
    entry.picturePosition = text.position();
  }

  private void usage(DataEntry entry, Token word) {
    requireAbsent(entry.usage, word);
    Usage usage = USAGES.get(word.text());
    if (usage == null) {
      String problem = UNSUPPORTED_USAGES.contains(word.text())
          ? "USAGE " + word.text() + " is not supported"
          : "expected a usage (DISPLAY, COMP, COMP-3, COMP-4, COMP-5, BINARY, PACKED-DECIMAL) but found "
          + word.describe();
      throw error(word, problem);
    }
    entry.usage = usage;
    entry.usagePosition = word.position();
  }

  private void sign(DataEntry entry, Token position) {
    requireAbsent(entry.sign, position);
    boolean separate = optional("SEPARATE");
    if (separate) {
      optional("CHARACTER");
    }
    entry.sign = new SignSpec(position.is("LEADING"), separate);
    entry.signPosition = position.position();
  }

  private void occurs(DataEntry entry, Token keyword) {
    requireAbsent(entry.occurs, keyword);
    int minTimes = unsignedInteger(next());
    int maxTimes = minTimes;
    boolean range = optional("TO");
    if (range) {
      Token max = next();
      maxTimes = unsignedInteger(max);
      if (maxTimes < minTimes) {
        throw error(max, "OCCURS maximum " + maxTimes + " is less than minimum " + minTimes);
      }
    }
    optional("TIMES");
    String dependingOn = null;
    if (optional("DEPENDING")) {
      optional("ON");
      dependingOn = dataName(next());
    } else if (range) {
      throw error(peek(), "OCCURS " + minTimes + " TO " + maxTimes + " requires DEPENDING ON");
    }
    if (maxTimes == 0) {
      throw error(keyword, "OCCURS must allow at least one occurrence");
    }
    skipKeysAndIndexes();
    entry.occurs = new DataEntry.Occurs(range ? minTimes : (dependingOn == null ? minTimes : 0), maxTimes,
        dependingOn, keyword.position());
  }

  /** ASCENDING/DESCENDING KEY and INDEXED BY name tables for SEARCH; they do not affect storage. */
  private void skipKeysAndIndexes() {
    while (peek().is("ASCENDING") || peek().is("DESCENDING") || peek().is("INDEXED")) {
      if (next().is("INDEXED")) {
        optional("BY");
      } else {
        optional("KEY");
        optional("IS");
      }
      dataName(next());
      while (peek().kind() == Token.Kind.WORD && !CLAUSE_WORDS.contains(peek().text())
          && !USAGES.containsKey(peek().text())) {
        dataName(next());
      }
    }
  }

  private ConditionName conditionName() {
    Token name = next();
    String conditionName = dataName(name);
    Token keyword = next();
    if (!keyword.is("VALUE") && !keyword.is("VALUES")) {
      throw error(keyword, "expected VALUE after level 88 " + conditionName + " but found " + keyword.describe());
    }
    optional(keyword.is("VALUE") ? "IS" : "ARE");
    List<ConditionName.ConditionValue> values = new ArrayList<>();
    do {
      Literal from = literal(next());
      Literal through = null;
      if (optional("THRU") || optional("THROUGH")) {
        through = literal(next());
      }
      values.add(new ConditionName.ConditionValue(from, through));
    } while (peek().kind() != Token.Kind.PERIOD);
    next();
    return new ConditionName(conditionName, values);
  }

  private Literal literal(Token token) {
    if (token.kind() == Token.Kind.LITERAL) {
      return new Literal.Alphanumeric(token.text());
    }
    if (token.kind() == Token.Kind.WORD) {
      String text = token.text();
      if (NUMBER.matcher(text).matches()) {
        return new Literal.Numeric(new BigDecimal(text));
      }
      if (text.matches("ZERO|ZEROS|ZEROES")) {
        return Literal.Figurative.ZERO;
      }
      if (text.matches("SPACE|SPACES")) {
        return Literal.Figurative.SPACE;
      }
      if (text.matches("(HIGH-VALUE|LOW-VALUE|QUOTE|NULL)S?|ALL")) {
        throw error(token, "figurative constant " + text + " is not supported in VALUE");
      }
    }
    throw error(token, "expected a literal (quoted text, a number, ZERO or SPACE) but found " + token.describe());
  }

  private int unsignedInteger(Token token) {
    if (token.kind() != Token.Kind.WORD || !UNSIGNED_INTEGER.matcher(token.text()).matches()) {
      throw error(token, "expected an unsigned integer but found " + token.describe());
    }
    return Integer.parseInt(token.text());
  }

  private String dataName(Token token) {
    if (token.kind() != Token.Kind.WORD || !DATA_NAME.matcher(token.text()).matches()
        || token.text().chars().noneMatch(Character::isLetter)) {
      throw error(token, "expected a data name (letters, digits and inner hyphens, at most 30 characters,"
          + " at least one letter) but found " + token.describe());
    }
    return token.text();
  }

  private void requireAbsent(Object clause, Token keyword) {
    if (clause != null) {
      throw error(keyword, "clause " + keyword.text() + " conflicts with a clause already given for this item");
    }
  }

  private boolean optional(String keyword) {
    if (peek().is(keyword)) {
      next();
      return true;
    }
    return false;
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token next() {
    Token token = tokens.get(next);
    if (token.kind() == Token.Kind.END) {
      throw error(token, "unexpected end of copybook; the last entry is not ended by '.'");
    }
    next++;
    return token;
  }

  private static CopybookException error(Token token, String problem) {
    return new CopybookException(token.position(), problem);
  }
}
