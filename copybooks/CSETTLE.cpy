000100*--------------------------------------------------------------
000200* CSETTLE - card network settlement file (issuer side).
000300* Record length: 250 bytes. All items USAGE DISPLAY.
000400* Written for Corebank; the format is ours and is described in
000500* file-formats/card-settlement.md (field meanings, rules, the
000600* trailer's controls and hash).
000700*--------------------------------------------------------------
000800*  One header (H) first, any number of details (D), one trailer
000900*  (T) last. SETL-REC-TYPE tells which view of SETL-REC-DATA
001000*  holds the data; the directive lines below declare that rule
001100*  for the tools that read them (see copybooks/README.md).
001200* @select SETL-REC-TYPE
001300* @when 'H' SETL-HEADER-DATA
001400* @when 'D' SETL-DETAIL-DATA
001500* @when 'T' SETL-TRAILER-DATA
001600*  Money: cents in the last two digits (V99). Signed amounts
001700*  carry SIGN LEADING SEPARATE: a '+' or '-' byte, then digits.
001800*  Dates are CCYYMMDD; the creation time is CCYYMMDDHHMMSS, UTC.
001900*  Text is left-justified, padded with spaces. FILLER is spaces.
002000  01  SETTLEMENT-RECORD.
002100      05  SETL-REC-TYPE                     PIC X(01).
002200          88  SETL-HEADER                   VALUE 'H'.
002300          88  SETL-DETAIL                   VALUE 'D'.
002400          88  SETL-TRAILER                  VALUE 'T'.
002500      05  SETL-REC-DATA                     PIC X(249).
002600*  H: header.
002700      05  SETL-HEADER-DATA REDEFINES SETL-REC-DATA.
002800          10  SETL-H-FORMAT-VERSION         PIC 9(02).
002900          10  SETL-H-NETWORK-ID             PIC X(08).
003000          10  SETL-H-FILE-ID                PIC X(20).
003100          10  SETL-H-CREATED-TS             PIC 9(14).
003200          10  SETL-H-SETTLE-DATE            PIC 9(08).
003300          10  SETL-H-CURRENCY               PIC X(03).
003400          10  FILLER                        PIC X(194).
003500*  D: detail, one per message the network settles.
003600      05  SETL-DETAIL-DATA REDEFINES SETL-REC-DATA.
003700          10  SETL-D-MSG-TYPE               PIC X(04).
003800              88  SETL-D-PRESENTMENT        VALUE 'PRES'.
003900              88  SETL-D-REFUND             VALUE 'RFND'.
004000              88  SETL-D-REVERSAL           VALUE 'REVR'.
004100              88  SETL-D-CHARGEBACK         VALUE 'CHBK'.
004200              88  SETL-D-FEE                VALUE 'FEE_'.
004300*  The issuer's keyed hash of the PAN, 64 lower-case hex digits.
004400          10  SETL-D-CARD-TOKEN             PIC X(64).
004500          10  SETL-D-LAST-FOUR              PIC X(04).
004600          10  SETL-D-AUTH-CODE              PIC X(06).
004700          10  SETL-D-ARN                    PIC X(23).
004800          10  SETL-D-TXN-AMOUNT             PIC S9(13)V99
004900                                            SIGN LEADING SEPARATE.
005000          10  SETL-D-TXN-CURRENCY           PIC X(03).
005100          10  SETL-D-SETTLE-AMOUNT          PIC S9(13)V99
005200                                            SIGN LEADING SEPARATE.
005300          10  SETL-D-SETTLE-CURRENCY        PIC X(03).
005400          10  SETL-D-INTERCHANGE-FEE        PIC S9(09)V99
005500                                            SIGN LEADING SEPARATE.
005600          10  SETL-D-MERCHANT-ID            PIC X(15).
005700          10  SETL-D-MERCHANT-NAME          PIC X(25).
005800          10  SETL-D-MCC                    PIC X(04).
005900          10  SETL-D-SETTLE-DATE            PIC 9(08).
006000          10  SETL-D-ORIG-DATE              PIC 9(08).
006100          10  FILLER                        PIC X(38).
006200*  T: trailer, the controls of the details.
006300      05  SETL-TRAILER-DATA REDEFINES SETL-REC-DATA.
006400          10  SETL-T-DETAIL-COUNT           PIC 9(09).
006500          10  SETL-T-TOTAL-DEBIT            PIC 9(15)V99.
006600          10  SETL-T-TOTAL-CREDIT           PIC 9(15)V99.
006700          10  SETL-T-TOTAL-INTERCHANGE      PIC S9(15)V99
006800                                            SIGN LEADING SEPARATE.
006900          10  SETL-T-HASH                   PIC 9(15).
007000          10  FILLER                        PIC X(173).
