package io.corebank.copybook.parse;

import io.corebank.copybook.SourcePosition;

/**
 * A lexical unit of a copybook.
 *
 * @param kind     word (names, keywords, numbers, picture strings), quoted literal, or the
 *                 period that ends an entry
 * @param text     the word in upper case, or the literal's content without quotes
 * @param position where the token starts
 */
record Token(Kind kind, String text, SourcePosition position) {

  enum Kind { WORD, LITERAL, PERIOD, END }

  boolean is(String keyword) {
    return kind == Kind.WORD && text.equals(keyword);
  }

  String describe() {
    return switch (kind) {
      case WORD -> "'" + text + "'";
      case LITERAL -> "literal '" + text + "'";
      case PERIOD -> "'.'";
      case END -> "end of copybook";
    };
  }
}
