package io.corebank.copybook.parse;

import io.corebank.copybook.CopybookException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits copybook code into tokens. A period, comma or semicolon is a separator only when
 * followed by a space (or a quote, for commas between literals); otherwise it belongs to the
 * word, so {@code 9(5)V99.} ends an entry but a {@code .} inside a picture would not.
 */
final class Lexer {
  private final SourceText source;
  private final String text;
  private int index;

  Lexer(SourceText source) {
    this.source = source;
    this.text = source.text();
  }

  List<Token> tokenize() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipSeparators();
      if (index >= text.length()) {
        tokens.add(new Token(Token.Kind.END, "", source.position(index)));
        return tokens;
      }
      char c = text.charAt(index);
      if (isPeriodSeparator(index)) {
        tokens.add(new Token(Token.Kind.PERIOD, ".", source.position(index++)));
      } else if (isQuote(c)) {
        tokens.add(literal(c));
      } else {
        tokens.add(word());
      }
    }
  }

  private void skipSeparators() {
    while (index < text.length() && (isSpace(text.charAt(index)) || isCommaSeparator(index))) {
      index++;
    }
  }

  private Token word() {
    int start = index;
    while (index < text.length() && !isSpace(text.charAt(index)) && !isQuote(text.charAt(index))
        && !isPeriodSeparator(index) && !isCommaSeparator(index)) {
      index++;
    }
    return new Token(Token.Kind.WORD, text.substring(start, index).toUpperCase(Locale.ROOT),
        source.position(start));
  }

  /** A quoted literal; a doubled quote stands for one quote character. */
  private Token literal(char quote) {
    int start = index++;
    StringBuilder content = new StringBuilder();
    while (true) {
      if (index >= text.length() || text.charAt(index) == '\n') {
        throw new CopybookException(source.position(start),
            "literal is not closed before the end of the line (continue it with '-' in column 7)");
      }
      char c = text.charAt(index++);
      if (c != quote) {
        content.append(c);
      } else if (index < text.length() && text.charAt(index) == quote) {
        content.append(quote);
        index++;
      } else {
        return new Token(Token.Kind.LITERAL, content.toString(), source.position(start));
      }
    }
  }

  private boolean isPeriodSeparator(int at) {
    return text.charAt(at) == '.' && (at + 1 >= text.length() || isSpace(text.charAt(at + 1)));
  }

  private boolean isCommaSeparator(int at) {
    char c = text.charAt(at);
    if (c != ',' && c != ';') {
      return false;
    }
    return at + 1 >= text.length() || isSpace(text.charAt(at + 1)) || isQuote(text.charAt(at + 1));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n';
  }

  private static boolean isQuote(char c) {
    return c == '\'' || c == '"';
  }
}
