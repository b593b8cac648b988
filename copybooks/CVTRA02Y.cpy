000100*--------------------------------------------------------------
000200* CVTRA02Y - disclosure group: interest rates (DISCGRP).
000300* Record length: 50 bytes. All items USAGE DISPLAY unless said.
000400* Written for Corebank from the layouts in the CardDemo README
000500* (CardDemo: Apache License 2.0, see LICENSE and NOTICE).
000600*--------------------------------------------------------------
000700*  Key: the first 16 bytes. Group DEFAULT is the fallback.
000800  01  DIS-GROUP-RECORD.
000900      05  DIS-GROUP-KEY.
001000          10  DIS-ACCT-GROUP-ID             PIC X(10).
001100          10  DIS-TRAN-TYPE-CD              PIC X(02).
001200          10  DIS-TRAN-CAT-CD               PIC 9(04).
001300*  Annual percentage rate: 15.00 means 15%.
001400      05  DIS-INT-RATE                      PIC S9(04)V99.
001500      05  FILLER                            PIC X(28).
