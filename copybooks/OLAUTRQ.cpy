000100*--------------------------------------------------------------
000200* OLAUTRQ - card authorization request (AUTHREQ).
000300* Record length: 250 bytes. All items USAGE DISPLAY.
000400* Online processor (MQ request/reply) message; the formats and
000500* their rules are in file-formats/online-messages.md.
000600* The copybook compiler has no COPY statement: the first group,
000700* OL-HEADER, repeats the fields of OLHDR exactly (a test keeps
000800* them equal). Money: PIC S9(13)V99 SIGN LEADING SEPARATE, the
000900* sign then 15 digits, i.e. the amount in cents.
001000*--------------------------------------------------------------
001100  01  OL-AUTH-REQUEST.
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
003000*  Card number (PAN), 16 digits. Only requests carry the PAN.
003100      05  AUQ-CARD-NUM                      PIC X(16).
003200*  Card expiry, YYMM.
003300      05  AUQ-CARD-EXPIRY.
003400*    Year, 00-99 for 2000-2099.
003500          10  AUQ-EXPIRY-YY                 PIC 9(02).
003600*    Month, 01-12.
003700          10  AUQ-EXPIRY-MM                 PIC 9(02).
003800*  Amount to authorize, in cents; 0 only verifies the card.
003900      05  AUQ-AMOUNT                        PIC S9(13)V99
004000                                            SIGN LEADING SEPARATE.
004100*  Currency of the amount, ISO 4217 (USD).
004200      05  AUQ-CURRENCY                      PIC X(03).
004300*  Merchant category code (MCC).
004400      05  AUQ-MCC                           PIC 9(04).
004500*  Merchant (card acceptor) id.
004600      05  AUQ-MERCHANT-ID                   PIC X(15).
004700*  Merchant name.
004800      05  AUQ-MERCHANT-NAME                 PIC X(22).
004900*  Merchant city.
005000      05  AUQ-MERCHANT-CITY                 PIC X(13).
005100*  Merchant country, ISO 3166-1 (840 or USA), as the card
005200*  network sends it.
005300      05  AUQ-MERCHANT-COUNTRY              PIC X(03).
005400*  Point-of-sale entry mode: 01 manual, 05 chip, 07 contactless,
005500*  90 magnetic stripe.
005600      05  AUQ-POS-ENTRY-MODE                PIC 9(02).
005700*  Reserved for later versions: spaces.
005800      05  FILLER                            PIC X(52).
