package io.corebank.online;

/**
 * The answer to an authorization: {@code 00}/{@code 0000} approved, or {@code 05} with a reason: 3100 card,
 * account or customer not found; 4100 insufficient funds; 4200 card not active; 4300 account closed;
 * 5100 fraud rules.
 */
public record AuthorizationReply(String requestId, String responseCode, String reason, long approvedCents, String authCode,
    Long holdId, Long availableAfterCents, String last4, boolean standIn, boolean replayed) {

  public static final String APPROVED = "00";
  public static final String DECLINED = "05";

  public boolean approved() {
    return APPROVED.equals(responseCode);
  }

  AuthorizationReply asReplay() {
    return new AuthorizationReply(requestId, responseCode, reason, approvedCents, authCode, holdId, availableAfterCents, last4,
        standIn, true);
  }
}
