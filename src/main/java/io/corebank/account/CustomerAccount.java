package io.corebank.account;

import io.corebank.product.ProductKind;

/** A customer's account with its product kind: what activity generators and reports iterate over. */
public record CustomerAccount(long accountId, long customerId, String accountNumber, ProductKind kind) {}
