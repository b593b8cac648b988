000100*--------------------------------------------------------------
000200* OLXFRRP - transfer reply (XFERRSP).
000300* Record length: 200 bytes. All items USAGE DISPLAY.
000400* Online processor (MQ request/reply) message; the formats and
000500* their rules are in file-formats/online-messages.md.
000600* The copybook compiler has no COPY statement: the first group,
000700* OL-HEADER, repeats the fields of OLHDR exactly (a test keeps
000800* them equal). Money: PIC S9(13)V99 SIGN LEADING SEPARATE, the
000900* sign then 15 digits, i.e. the amount in cents.
001000*--------------------------------------------------------------
001100  01  OL-TRANSFER-REPLY.
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
003000*  Response code: 00 done or approved, 05 declined.
003100      05  XFP-RESPONSE-CODE                 PIC X(02).
003200          88  XFP-APPROVED                  VALUE '00'.
003300          88  XFP-DECLINED                  VALUE '05'.
003400*  Reason code, 4 digits: 0000 when approved; see the document.
003500      05  XFP-REASON-CODE                   PIC X(04).
003600*  Ledger journal id of the transfer; 0 when declined.
003700      05  XFP-JOURNAL-ID                    PIC 9(18).
003800*  Current balance of the debited account after, in cents.
003900      05  XFP-FROM-BALANCE-AFTER            PIC S9(13)V99
004000                                            SIGN LEADING SEPARATE.
004100*  Current balance of the credited account after, in cents.
004200      05  XFP-TO-BALANCE-AFTER              PIC S9(13)V99
004300                                            SIGN LEADING SEPARATE.
004400*  Reserved for later versions: spaces.
004500      05  FILLER                            PIC X(44).
