package io.corebank.carddemo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A card transaction as the daily file (CVTRA06Y), the transaction master (CVTRA05Y) and SYSTRAN hold it.
 * Text fields keep the file's bytes as they are (trailing blanks included); money is cents.
 */
public record CardTransaction(
    String tranId,
    String typeCode,
    int categoryCode,
    String source,
    String description,
    long amountCents,
    long merchantId,
    String merchantName,
    String merchantCity,
    String merchantZip,
    String cardNumber,
    String originTimestamp,
    String processTimestamp) {

  /** Reads a daily transaction record (DALYTRAN- names). */
  static CardTransaction fromDaily(CardDemoRecords.Codec.Values v) {
    return from(v, "DALYTRAN-", "DALYTRAN-ID");
  }

  /** Reads a transaction master record (TRAN- names). */
  static CardTransaction fromPosted(CardDemoRecords.Codec.Values v) {
    return from(v, "TRAN-", "TRAN-ID");
  }

  private static CardTransaction from(CardDemoRecords.Codec.Values v, String p, String idName) {
    return new CardTransaction(v.text(idName), v.text(p + "TYPE-CD"), v.intValue(p + "CAT-CD"), v.text(p + "SOURCE"),
        v.text(p + "DESC"), v.cents(p + "AMT"), v.longValue(p + "MERCHANT-ID"), v.text(p + "MERCHANT-NAME"),
        v.text(p + "MERCHANT-CITY"), v.text(p + "MERCHANT-ZIP"), v.text(p + "CARD-NUM"), v.text(p + "ORIG-TS"),
        v.text(p + "PROC-TS"));
  }

  /** Field values for the daily record (DALYTRAN- names), as the reject file repeats it. */
  Map<String, Object> dailyValues() {
    return values("DALYTRAN-", "DALYTRAN-ID");
  }

  /** Field values for the transaction master record (TRAN- names). */
  Map<String, Object> postedValues() {
    return values("TRAN-", "TRAN-ID");
  }

  private Map<String, Object> values(String p, String idName) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(idName, tranId);
    m.put(p + "TYPE-CD", typeCode);
    m.put(p + "CAT-CD", BigDecimal.valueOf(categoryCode));
    m.put(p + "SOURCE", source);
    m.put(p + "DESC", description);
    m.put(p + "AMT", BigDecimal.valueOf(amountCents, 2));
    m.put(p + "MERCHANT-ID", BigDecimal.valueOf(merchantId));
    m.put(p + "MERCHANT-NAME", merchantName);
    m.put(p + "MERCHANT-CITY", merchantCity);
    m.put(p + "MERCHANT-ZIP", merchantZip);
    m.put(p + "CARD-NUM", cardNumber);
    m.put(p + "ORIG-TS", originTimestamp);
    m.put(p + "PROC-TS", processTimestamp);
    return m;
  }

  CardTransaction withProcessTimestamp(String timestamp) {
    return new CardTransaction(tranId, typeCode, categoryCode, source, description, amountCents, merchantId,
        merchantName, merchantCity, merchantZip, cardNumber, originTimestamp, timestamp);
  }
}
