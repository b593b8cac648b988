package io.corebank.account;

import io.corebank.ledger.AccountStatus;

/** An account as stored; {@code accountId} is internal, {@code accountNumber} is what people see. */
public record Account(long accountId, String accountNumber, Long customerId, String productCode, String glCode, String title,
    String currency, AccountStatus status, long limitCents) {}
