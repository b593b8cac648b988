package io.corebank.gl;

/**
 * One GL account's total over its sub-ledger accounts. {@code balanceCents} is in the GL type's normal
 * sign: positive debit balances for assets and expenses, positive credit balances for the rest.
 */
public record GlLine(String glCode, String name, String glType, long accounts, long balanceCents) {}
