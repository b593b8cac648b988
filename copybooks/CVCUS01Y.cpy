000100*--------------------------------------------------------------
000200* CVCUS01Y - customer record (CUSTDATA).
000300* Record length: 500 bytes. All items USAGE DISPLAY unless said.
000400* Written for Corebank from the layouts in the CardDemo README
000500* (CardDemo: Apache License 2.0, see LICENSE and NOTICE).
000600*--------------------------------------------------------------
000700  01  CUSTOMER-RECORD.
000800      05  CUST-ID                           PIC 9(09).
000900      05  CUST-FIRST-NAME                   PIC X(25).
001000      05  CUST-MIDDLE-NAME                  PIC X(25).
001100      05  CUST-LAST-NAME                    PIC X(25).
001200      05  CUST-ADDR-LINE-1                  PIC X(50).
001300      05  CUST-ADDR-LINE-2                  PIC X(50).
001400      05  CUST-ADDR-LINE-3                  PIC X(50).
001500      05  CUST-ADDR-STATE-CD                PIC X(02).
001600      05  CUST-ADDR-COUNTRY-CD              PIC X(03).
001700      05  CUST-ADDR-ZIP                     PIC X(10).
001800      05  CUST-PHONE-NUM-1                  PIC X(15).
001900      05  CUST-PHONE-NUM-2                  PIC X(15).
002000      05  CUST-SSN                          PIC 9(09).
002100      05  CUST-GOVT-ISSUED-ID               PIC X(20).
002200      05  CUST-DOB-YYYY-MM-DD               PIC X(10).
002300      05  CUST-EFT-ACCOUNT-ID               PIC X(10).
002400      05  CUST-PRI-CARD-HOLDER-IND          PIC X(01).
002500      05  CUST-FICO-CREDIT-SCORE            PIC 9(03).
002600      05  FILLER                            PIC X(168).
