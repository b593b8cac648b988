package io.corebank.online;

/**
 * A card authorization as the network sends it.
 *
 * @param requestId   the idempotency key: the same id always gets the same answer
 * @param pan         the card number (used to find the token, never stored or logged)
 * @param expiryYymm  the expiry the card carries
 * @param country     the acquirer's country (ISO alpha-3 or numeric as the network sends it)
 */
public record AuthorizationRequest(String requestId, String pan, String expiryYymm, long amountCents, String currency,
    String mcc, String merchantId, String merchantName, String country, String posEntryMode) {}
