/**
 * The card network's settlement file: the daily file in which the network settles presentments, refunds,
 * reversals, chargebacks and fees with us, the issuer. Its layout is {@code copybooks/CSETTLE.cpy} (250-byte
 * records: one header, the details, one trailer with counts, totals and a hash); the format, its rules and how a
 * presentment is matched to an authorization hold are in {@code file-formats/card-settlement.md}.
 *
 * <p>Pure: {@code java.*} and {@code io.corebank.copybook} only (ArchitectureTest's codecs floor). One type per
 * record kind ({@link io.corebank.card.settlement.SettlementHeader}, {@link io.corebank.card.settlement.SettlementDetail},
 * {@link io.corebank.card.settlement.SettlementTrailer}), each parsing, writing and validating itself; a streaming
 * {@link io.corebank.card.settlement.SettlementFileReader}; a {@link io.corebank.card.settlement.SettlementFileWriter}
 * that computes the trailer; a {@link io.corebank.card.settlement.SettlementFileValidator} whose violations name
 * line, record, field and rule. Money is {@code long} cents.
 */
package io.corebank.card.settlement;
