package io.corebank.carddemo;

import java.util.Objects;

/**
 * The customer fields a statement prints (CVCUS01Y). Texts may come trimmed or padded; each is treated
 * as its copybook field: cut at 25 characters for the names, 50 for the address lines, 2, 3 and 10 for
 * state, country and zip.
 *
 * @param ficoScore 0 to 999 ({@code CUST-FICO-CREDIT-SCORE PIC 9(3)})
 */
public record StatementCustomer(String firstName, String middleName, String lastName,
    String addressLine1, String addressLine2, String addressLine3,
    String stateCode, String countryCode, String zip, int ficoScore) {

  public StatementCustomer {
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(middleName, "middleName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(addressLine1, "addressLine1");
    Objects.requireNonNull(addressLine2, "addressLine2");
    Objects.requireNonNull(addressLine3, "addressLine3");
    Objects.requireNonNull(stateCode, "stateCode");
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(zip, "zip");
    if (ficoScore < 0 || ficoScore > 999) {
      throw new IllegalArgumentException("FICO score " + ficoScore + " is not 0 to 999");
    }
  }
}
