package io.corebank.carddemo;

/**
 * Receives the lines of a fixed-record print file, one record at a time. Every line is exactly the
 * record length of its file, padded with spaces; turning it into bytes (ASCII, EBCDIC, with or without
 * line ends) is the sink's business.
 */
@FunctionalInterface
public interface LineSink {

  void line(String text);
}
