000100*--------------------------------------------------------------
000200* OLBALRP - balance inquiry reply (BALRSP).
000300* Record length: 250 bytes. All items USAGE DISPLAY.
000400* Online processor (MQ request/reply) message; the formats and
000500* their rules are in file-formats/online-messages.md.
000600* The copybook compiler has no COPY statement: the first group,
000700* OL-HEADER, repeats the fields of OLHDR exactly (a test keeps
000800* them equal). Money: PIC S9(13)V99 SIGN LEADING SEPARATE, the
000900* sign then 15 digits, i.e. the amount in cents.
001000*--------------------------------------------------------------
001100  01  OL-BALANCE-REPLY.
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
003000*  Account number (as asked).
003100      05  BIP-ACCOUNT-NUM                   PIC X(20).
003200*  Response code: 00 done or approved, 05 declined.
003300      05  BIP-RESPONSE-CODE                 PIC X(02).
003400          88  BIP-APPROVED                  VALUE '00'.
003500          88  BIP-DECLINED                  VALUE '05'.
003600*  Reason code, 4 digits: 0000 when approved; see the document.
003700      05  BIP-REASON-CODE                   PIC X(04).
003800*  Currency of the account, ISO 4217.
003900      05  BIP-CURRENCY                      PIC X(03).
004000*  Current (ledger) balance, in cents.
004100      05  BIP-CURRENT-BAL                   PIC S9(13)V99
004200                                            SIGN LEADING SEPARATE.
004300*  Available balance: current - held - pending, in cents.
004400      05  BIP-AVAILABLE-BAL                 PIC S9(13)V99
004500                                            SIGN LEADING SEPARATE.
004600*  Held by card authorizations, in cents.
004700      05  BIP-HELD-AMOUNT                   PIC S9(13)V99
004800                                            SIGN LEADING SEPARATE.
004900*  Credits posted but not yet available (float), in cents.
005000      05  BIP-PENDING-AMOUNT                PIC S9(13)V99
005100                                            SIGN LEADING SEPARATE.
005200*  Account status; spaces when the account was not found.
005300      05  BIP-ACCOUNT-STATUS                PIC X(08).
005400          88  BIP-ACTIVE                    VALUE 'ACTIVE'.
005500          88  BIP-DORMANT                   VALUE 'DORMANT'.
005600          88  BIP-FROZEN                    VALUE 'FROZEN'.
005700          88  BIP-CLOSED                    VALUE 'CLOSED'.
005800*  Reserved for later versions: spaces.
005900      05  FILLER                            PIC X(49).
