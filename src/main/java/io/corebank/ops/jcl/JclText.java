package io.corebank.ops.jcl;

/** A value of the stream after symbol substitution, with where it was written (1-based line and column). */
public record JclText(String text, int line, int column) {
  @Override public String toString() {
    return text;
  }
}
