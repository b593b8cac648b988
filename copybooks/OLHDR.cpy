000100*--------------------------------------------------------------
000200* OLHDR - online message header.
000300* Record length: 100 bytes. All items USAGE DISPLAY.
000400* Online processor (MQ request/reply) message; the formats and
000500* their rules are in file-formats/online-messages.md.
000600* Every online message starts with these 100 bytes. The message
000700* copybooks (OL*RQ, OL*RP) repeat them as their first group.
000800*--------------------------------------------------------------
000900  01  OL-HEADER.
001000*  Message type: one of the 88 values of OLHDR (left-justified).
001100      05  OLH-MSG-TYPE                      PIC X(08).
001200          88  OLH-AUTHREQ                   VALUE 'AUTHREQ'.
001300          88  OLH-AUTHRSP                   VALUE 'AUTHRSP'.
001400          88  OLH-AUTHREV                   VALUE 'AUTHREV'.
001500          88  OLH-AUTHRVR                   VALUE 'AUTHRVR'.
001600          88  OLH-BALINQ                    VALUE 'BALINQ'.
001700          88  OLH-BALRSP                    VALUE 'BALRSP'.
001800          88  OLH-XFERREQ                   VALUE 'XFERREQ'.
001900          88  OLH-XFERRSP                   VALUE 'XFERRSP'.
002000          88  OLH-DEPOSIT                   VALUE 'DEPOSIT'.
002100          88  OLH-DEPRSP                    VALUE 'DEPRSP'.
002200          88  OLH-WITHDRAW                  VALUE 'WITHDRAW'.
002300          88  OLH-WDLRSP                    VALUE 'WDLRSP'.
002400          88  OLH-ACHPAY                    VALUE 'ACHPAY'.
002500          88  OLH-ACHRSP                    VALUE 'ACHRSP'.
002600          88  OLH-ERRRSP                    VALUE 'ERRRSP'.
002700*  Layout version of the whole message: 01.
002800      05  OLH-VERSION                       PIC 9(02).
002900*  Request id: the idempotency key chosen by the sender (a UUID
003000*  in its 36-character text form); a reply repeats it.
003100      05  OLH-REQUEST-ID                    PIC X(36).
003200*  Channel that sent the request: TELLER, ATM, CARDNET, ...
003300      05  OLH-CHANNEL-ID                    PIC X(08).
003400*  Operator (teller user id) or terminal id; may be spaces.
003500      05  OLH-OPERATOR-ID                   PIC X(08).
003600*  When the message was written, UTC, DB2 timestamp form
003700*  YYYY-MM-DD-HH.MM.SS.NNNNNN (microseconds).
003800      05  OLH-TIMESTAMP                     PIC X(26).
003900*  Reserved for later versions: spaces.
004000      05  FILLER                            PIC X(12).
