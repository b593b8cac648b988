package io.corebank.account;

/**
 * A request to open an account. {@code customerId} is null for the bank's internal accounts;
 * {@code limitCents} null takes the product's default limit; {@code glCode} null takes the product's.
 */
public record OpenAccount(String accountNumber, Long customerId, String productCode, String title, Long limitCents,
    String glCode) {}
