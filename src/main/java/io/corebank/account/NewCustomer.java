package io.corebank.account;

import java.time.LocalDate;

public record NewCustomer(String customerNumber, String firstName, String lastName, LocalDate dateOfBirth,
    String addressLine, String city, String stateCode, String postalCode) {}
