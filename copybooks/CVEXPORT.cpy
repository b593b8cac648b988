000100*--------------------------------------------------------------
000200* CVEXPORT - multi-record export file (EXPORT.DATA).
000300* Record length: 500 bytes. All items USAGE DISPLAY unless said.
000400* Written for Corebank from the layouts in the CardDemo README
000500* (CardDemo: Apache License 2.0, see LICENSE and NOTICE).
000600*--------------------------------------------------------------
000700*  EXPORT-REC-TYPE tells which view of EXPORT-RECORD-DATA holds
000800*  the data: the codec must be given a selector keyed on it. The
000810*  directive lines below declare that selector for the tools that
000820*  read them (corebank copybook decode; see copybooks/README.md).
000830* @select EXPORT-REC-TYPE
000840* @when 'C' EXPORT-CUSTOMER-DATA
000850* @when 'A' EXPORT-ACCOUNT-DATA
000860* @when 'X' EXPORT-CARD-XREF-DATA
000870* @when 'T' EXPORT-TRANSACTION-DATA
000880* @when 'D' EXPORT-CARD-DATA
000900*  Binary (COMP) items are big-endian; COMP-3 is packed decimal.
001000  01  EXPORT-RECORD.
001100      05  EXPORT-REC-TYPE                   PIC X(01).
001200          88  EXPORT-CUSTOMER               VALUE 'C'.
001300          88  EXPORT-ACCOUNT                VALUE 'A'.
001400          88  EXPORT-CARD-XREF              VALUE 'X'.
001500          88  EXPORT-TRANSACTION            VALUE 'T'.
001600          88  EXPORT-CARD                   VALUE 'D'.
001700      05  EXPORT-TIMESTAMP                  PIC X(26).
001800      05  EXPORT-SEQUENCE-NUM               PIC 9(09) COMP.
001900      05  EXPORT-BRANCH-ID                  PIC X(04).
002000      05  EXPORT-REGION-CODE                PIC X(05).
002100      05  EXPORT-RECORD-DATA                PIC X(460).
002200*  C: customer.
002300      05  EXPORT-CUSTOMER-DATA REDEFINES EXPORT-RECORD-DATA.
002400          10  EXP-CUST-ID                   PIC 9(09) COMP.
002500          10  EXP-CUST-FIRST-NAME           PIC X(25).
002600          10  EXP-CUST-MIDDLE-NAME          PIC X(25).
002700          10  EXP-CUST-LAST-NAME            PIC X(25).
002800          10  EXP-CUST-ADDR-LINE     PIC X(50) OCCURS 3 TIMES.
002900          10  EXP-CUST-ADDR-STATE-CD        PIC X(02).
003000          10  EXP-CUST-ADDR-COUNTRY-CD      PIC X(03).
003100          10  EXP-CUST-ADDR-ZIP             PIC X(10).
003200          10  EXP-CUST-PHONE-NUM     PIC X(15) OCCURS 2 TIMES.
003300          10  EXP-CUST-SSN                  PIC 9(09).
003400          10  EXP-CUST-GOVT-ISSUED-ID       PIC X(20).
003500          10  EXP-CUST-DOB-YYYY-MM-DD       PIC X(10).
003600          10  EXP-CUST-EFT-ACCOUNT-ID       PIC X(10).
003700          10  EXP-CUST-PRI-CARD-HOLDER-IND  PIC X(01).
003800          10  EXP-CUST-FICO-CREDIT-SCORE    PIC 9(03) COMP-3.
003900          10  FILLER                        PIC X(134).
004000*  A: account.
004100      05  EXPORT-ACCOUNT-DATA REDEFINES EXPORT-RECORD-DATA.
004200          10  EXP-ACCT-ID                   PIC 9(11).
004300          10  EXP-ACCT-ACTIVE-STATUS        PIC X(01).
004400          10  EXP-ACCT-CURR-BAL             PIC S9(10)V99 COMP-3.
004500          10  EXP-ACCT-CREDIT-LIMIT         PIC S9(10)V99.
004600          10  EXP-ACCT-CASH-CREDIT-LIMIT    PIC S9(10)V99 COMP-3.
004700          10  EXP-ACCT-OPEN-DATE            PIC X(10).
004800          10  EXP-ACCT-EXPIRAION-DATE       PIC X(10).
004900          10  EXP-ACCT-REISSUE-DATE         PIC X(10).
005000          10  EXP-ACCT-CURR-CYC-CREDIT      PIC S9(10)V99.
005100          10  EXP-ACCT-CURR-CYC-DEBIT       PIC S9(10)V99 COMP.
005200          10  EXP-ACCT-ADDR-ZIP             PIC X(10).
005300          10  EXP-ACCT-GROUP-ID             PIC X(10).
005400          10  FILLER                        PIC X(352).
005500*  T: transaction.
005600      05  EXPORT-TRANSACTION-DATA REDEFINES EXPORT-RECORD-DATA.
005700          10  EXP-TRAN-ID                   PIC X(16).
005800          10  EXP-TRAN-TYPE-CD              PIC X(02).
005900          10  EXP-TRAN-CAT-CD               PIC 9(04).
006000          10  EXP-TRAN-SOURCE               PIC X(10).
006100          10  EXP-TRAN-DESC                 PIC X(100).
006200          10  EXP-TRAN-AMT                  PIC S9(09)V99 COMP-3.
006300          10  EXP-TRAN-MERCHANT-ID          PIC 9(09) COMP.
006400          10  EXP-TRAN-MERCHANT-NAME        PIC X(50).
006500          10  EXP-TRAN-MERCHANT-CITY        PIC X(50).
006600          10  EXP-TRAN-MERCHANT-ZIP         PIC X(10).
006700          10  EXP-TRAN-CARD-NUM             PIC X(16).
006800          10  EXP-TRAN-ORIG-TS              PIC X(26).
006900          10  EXP-TRAN-PROC-TS              PIC X(26).
007000          10  FILLER                        PIC X(140).
007100*  X: card cross-reference.
007200      05  EXPORT-CARD-XREF-DATA REDEFINES EXPORT-RECORD-DATA.
007300          10  EXP-XREF-CARD-NUM             PIC X(16).
007400          10  EXP-XREF-CUST-ID              PIC 9(09).
007500          10  EXP-XREF-ACCT-ID              PIC 9(11) COMP.
007600          10  FILLER                        PIC X(427).
007700*  D: card.
007800      05  EXPORT-CARD-DATA REDEFINES EXPORT-RECORD-DATA.
007900          10  EXP-CARD-NUM                  PIC X(16).
008000          10  EXP-CARD-ACCT-ID              PIC 9(11) COMP.
008100          10  EXP-CARD-CVV-CD               PIC 9(03) COMP.
008200          10  EXP-CARD-EMBOSSED-NAME        PIC X(50).
008300          10  EXP-CARD-EXPIRAION-DATE       PIC X(10).
008400          10  EXP-CARD-ACTIVE-STATUS        PIC X(01).
008500          10  FILLER                        PIC X(373).
