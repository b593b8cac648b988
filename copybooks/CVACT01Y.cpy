000100*--------------------------------------------------------------   CVACT01Y
000200* CVACT01Y - account master record (ACCTDATA).                    CVACT01Y
000300* Record length: 300 bytes. All items USAGE DISPLAY unless said.  CVACT01Y
000400* Written for Corebank from the layouts in the CardDemo README    CVACT01Y
000500* (CardDemo: Apache License 2.0, see LICENSE and NOTICE).         CVACT01Y
000600*--------------------------------------------------------------   CVACT01Y
000700*  Amounts are signed zoned decimal, sign overpunched on the      CVACT01Y
000800*  last digit, also in the ASCII extract: 00000001940{ = +194.00  CVACT01Y
000900  01  ACCOUNT-RECORD.                                             CVACT01Y
001000      05  ACCT-ID                           PIC 9(11).            CVACT01Y
001100      05  ACCT-ACTIVE-STATUS                PIC X(01).            CVACT01Y
001200          88  ACCT-ACTIVE                   VALUE 'Y'.            CVACT01Y
001300          88  ACCT-INACTIVE                 VALUE 'N'.            CVACT01Y
001400      05  ACCT-CURR-BAL                     PIC S9(10)V99.        CVACT01Y
001500      05  ACCT-CREDIT-LIMIT                 PIC S9(10)V99.        CVACT01Y
001600      05  ACCT-CASH-CREDIT-LIMIT            PIC S9(10)V99.        CVACT01Y
001700      05  ACCT-OPEN-DATE                    PIC X(10).            CVACT01Y
001800*  EXPIRAION (sic) is the spelling of the original copybook.      CVACT01Y
001900      05  ACCT-EXPIRAION-DATE               PIC X(10).            CVACT01Y
002000      05  ACCT-REISSUE-DATE                 PIC X(10).            CVACT01Y
002100      05  ACCT-CURR-CYC-CREDIT              PIC S9(10)V99.        CVACT01Y
002200*  Cycle debits hold negative amounts.                            CVACT01Y
002300      05  ACCT-CURR-CYC-DEBIT               PIC S9(10)V99.        CVACT01Y
002400*  In the sample data the group id sits in this zip field.        CVACT01Y
002500      05  ACCT-ADDR-ZIP                     PIC X(10).            CVACT01Y
002600      05  ACCT-GROUP-ID                     PIC X(10).            CVACT01Y
002700      05  FILLER                            PIC X(178).           CVACT01Y
