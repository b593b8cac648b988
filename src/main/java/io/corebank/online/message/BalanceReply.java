package io.corebank.online.message;

import java.util.Set;

/**
 * BALRSP, {@code OLBALRP.cpy}: the balances of the account a {@link BalanceInquiry} asked for, as the ledger keeps
 * them (available = current - held - pending).
 *
 * @param accountNumber       the account number asked for
 * @param responseCode        2 digits: 00 found, 05 declined (3100: not found)
 * @param reasonCode          4 digits, 0000 when found
 * @param currency            ISO 4217 code of the account, blank when not found
 * @param currentCents        current (ledger) balance, in cents
 * @param availableCents      available balance, in cents
 * @param heldCents           held by card authorizations, in cents
 * @param pendingCents        credits posted but not yet available (float), in cents
 * @param accountStatus       ACTIVE, DORMANT, FROZEN, CLOSED, or blank when not found
 */
public record BalanceReply(MessageHeader header, String accountNumber, String responseCode, String reasonCode,
    String currency, long currentCents, long availableCents, long heldCents, long pendingCents, String accountStatus)
    implements OnlineMessage {

  /** The values of {@code BIP-ACCOUNT-STATUS} (its level-88 names), besides blank. */
  public static final Set<String> STATUSES = Set.of("ACTIVE", "DORMANT", "FROZEN", "CLOSED");

  private static final MessageLayout LAYOUT = MessageLayout.of(MessageType.BALRSP);

  public BalanceReply {
    LAYOUT.header(header);
    accountNumber = LAYOUT.requiredText("BIP-ACCOUNT-NUM", accountNumber);
    responseCode = LAYOUT.digits("BIP-RESPONSE-CODE", responseCode);
    reasonCode = LAYOUT.digits("BIP-REASON-CODE", reasonCode);
    currency = LAYOUT.currency("BIP-CURRENCY", currency, false);
    currentCents = LAYOUT.signedCents("BIP-CURRENT-BAL", currentCents);
    availableCents = LAYOUT.signedCents("BIP-AVAILABLE-BAL", availableCents);
    heldCents = LAYOUT.cents("BIP-HELD-AMOUNT", heldCents, 0);
    pendingCents = LAYOUT.cents("BIP-PENDING-AMOUNT", pendingCents, 0);
    accountStatus = LAYOUT.text("BIP-ACCOUNT-STATUS", accountStatus);
    if (!accountStatus.isEmpty() && !STATUSES.contains(accountStatus)) {
      throw LAYOUT.error("BIP-ACCOUNT-STATUS", "'" + accountStatus + "' is not ACTIVE, DORMANT, FROZEN, CLOSED or blank");
    }
  }

  /** Decodes a BALRSP in EBCDIC code page 037. */
  public static BalanceReply decode(byte[] message) {
    return decode(message, MessageEncoding.DEFAULT);
  }

  public static BalanceReply decode(byte[] message, MessageEncoding encoding) {
    return LAYOUT.decode(message, encoding, f -> new BalanceReply(f.header(), f.text("BIP-ACCOUNT-NUM"),
        f.text("BIP-RESPONSE-CODE"), f.text("BIP-REASON-CODE"), f.text("BIP-CURRENCY"), f.cents("BIP-CURRENT-BAL"),
        f.cents("BIP-AVAILABLE-BAL"), f.cents("BIP-HELD-AMOUNT"), f.cents("BIP-PENDING-AMOUNT"),
        f.text("BIP-ACCOUNT-STATUS")));
  }

  @Override
  public byte[] encode(MessageEncoding encoding) {
    return LAYOUT.encode(encoding, header, w -> w.text("BIP-ACCOUNT-NUM", accountNumber)
        .text("BIP-RESPONSE-CODE", responseCode)
        .text("BIP-REASON-CODE", reasonCode)
        .text("BIP-CURRENCY", currency)
        .cents("BIP-CURRENT-BAL", currentCents)
        .cents("BIP-AVAILABLE-BAL", availableCents)
        .cents("BIP-HELD-AMOUNT", heldCents)
        .cents("BIP-PENDING-AMOUNT", pendingCents)
        .text("BIP-ACCOUNT-STATUS", accountStatus));
  }
}
