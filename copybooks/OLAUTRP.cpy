000100*--------------------------------------------------------------
000200* OLAUTRP - card authorization reply (AUTHRSP).
000300* Record length: 200 bytes. All items USAGE DISPLAY.
000400* Online processor (MQ request/reply) message; the formats and
000500* their rules are in file-formats/online-messages.md.
000600* The copybook compiler has no COPY statement: the first group,
000700* OL-HEADER, repeats the fields of OLHDR exactly (a test keeps
000800* them equal). Money: PIC S9(13)V99 SIGN LEADING SEPARATE, the
000900* sign then 15 digits, i.e. the amount in cents.
001000*--------------------------------------------------------------
001100  01  OL-AUTH-REPLY.
001200*  Common header (OLHDR).
001300      05  OL-HEADER.
001400*  Message type: one of the 88 values of OLHDR (left-justified).
001500          10  OLH-MSG-TYPE                  PIC X(08).
001600*  Layout version of the whole message: 01.
001700          10  OLH-VERSION                   PIC 9(02).
001800*  Request id: the idempotency key chosen by the sender (a UUID
001900*  in its 36-character text form); a reply repeats it.
002000          10  OLH-REQUEST-ID                PIC X(36).
002100*  Channel that sent the request: TELLER, ATM, CARDNET, ...
002200          10  OLH-CHANNEL-ID                PIC X(08).
002300*  Operator (teller user id) or terminal id; may be spaces.
002400          10  OLH-OPERATOR-ID               PIC X(08).
002500*  When the message was written, UTC, DB2 timestamp form
002600*  YYYY-MM-DD-HH.MM.SS.NNNNNN (microseconds).
002700          10  OLH-TIMESTAMP                 PIC X(26).
002800*  Reserved for later versions: spaces.
002900          10  FILLER                        PIC X(12).
003000*  Last four digits of the card number (never the PAN).
003100      05  AUP-CARD-LAST4                    PIC X(04).
003200*  Response code: 00 done or approved, 05 declined.
003300      05  AUP-RESPONSE-CODE                 PIC X(02).
003400          88  AUP-APPROVED                  VALUE '00'.
003500          88  AUP-DECLINED                  VALUE '05'.
003600*  Reason code, 4 digits: 0000 when approved; see the document.
003700      05  AUP-REASON-CODE                   PIC X(04).
003800*  Approved amount in cents; 0 when declined.
003900      05  AUP-APPROVED-AMOUNT               PIC S9(13)V99
004000                                            SIGN LEADING SEPARATE.
004100*  Currency of the amounts, ISO 4217.
004200      05  AUP-CURRENCY                      PIC X(03).
004300*  Authorization code, 6 characters; spaces when declined.
004400      05  AUP-AUTH-CODE                     PIC X(06).
004500*  Id of the hold placed on the account; 0 when declined.
004600      05  AUP-HOLD-ID                       PIC 9(18).
004700*  Available balance after the hold, in cents.
004800      05  AUP-AVAILABLE-AFTER               PIC S9(13)V99
004900                                            SIGN LEADING SEPARATE.
005000*  Reserved for later versions: spaces.
005100      05  FILLER                            PIC X(31).
