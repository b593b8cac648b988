package io.corebank.businessdate;

import java.time.LocalDate;

/** The bank's one current business date and whether the day is open for business or being closed. */
public record BusinessDay(LocalDate date, State state) {
  public enum State { OPEN, CLOSING }
}
