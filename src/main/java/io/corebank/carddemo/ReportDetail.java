package io.corebank.carddemo;

import java.util.Objects;

/**
 * One transaction of the transaction report, with the descriptions the report looks up.
 *
 * @param transactionId {@code TRAN-ID}, 16 characters
 * @param accountId the account of the card in the cross-reference, 0 to 99,999,999,999
 * @param typeCode {@code TRAN-TYPE-CD}, 2 characters
 * @param typeDescription from the transaction type file; the report shows 15 characters
 * @param categoryCode {@code TRAN-CAT-CD}, 0 to 9999
 * @param categoryDescription from the category file; the report shows 29 characters
 * @param source {@code TRAN-SOURCE}, 10 characters
 * @param amountCents the amount in cents
 * @param cardNumber {@code TRAN-CARD-NUM}: the report totals by run of equal card numbers
 */
public record ReportDetail(String transactionId, long accountId, String typeCode, String typeDescription,
    int categoryCode, String categoryDescription, String source, long amountCents, String cardNumber) {

  public ReportDetail {
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(typeCode, "typeCode");
    Objects.requireNonNull(typeDescription, "typeDescription");
    Objects.requireNonNull(categoryDescription, "categoryDescription");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cardNumber, "cardNumber");
    if (accountId < 0 || accountId > 99_999_999_999L) {
      throw new IllegalArgumentException("account id " + accountId + " is not 11 digits");
    }
    if (categoryCode < 0 || categoryCode > 9999) {
      throw new IllegalArgumentException("category code " + categoryCode + " is not 4 digits");
    }
  }
}
