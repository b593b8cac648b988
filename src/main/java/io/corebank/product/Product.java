package io.corebank.product;

/** A product definition: what kind of account it opens and the rules its accounts start with. */
public record Product(String productCode, String name, ProductKind kind, String currency, String glCode,
    boolean transactional, boolean floorEnforced, long defaultLimitCents) {}
