000100*--------------------------------------------------------------
000200* CVTRA01Y - transaction category balance (TCATBALF).
000300* Record length: 50 bytes. All items USAGE DISPLAY unless said.
000400* Written for Corebank from the layouts in the CardDemo README
000500* (CardDemo: Apache License 2.0, see LICENSE and NOTICE).
000600*--------------------------------------------------------------
000700*  Key: the first 17 bytes (account, type, category).
000800  01  TRAN-CAT-BAL-RECORD.
000900      05  TRAN-CAT-KEY.
001000          10  TRANCAT-ACCT-ID               PIC 9(11).
001100          10  TRANCAT-TYPE-CD               PIC X(02).
001200          10  TRANCAT-CD                    PIC 9(04).
001300      05  TRAN-CAT-BAL                      PIC S9(09)V99.
001400      05  FILLER                            PIC X(22).
