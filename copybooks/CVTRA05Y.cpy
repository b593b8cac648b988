000100*--------------------------------------------------------------
000200* CVTRA05Y - transaction record (posted transactions).
000300* Record length: 350 bytes. All items USAGE DISPLAY unless said.
000400* Written for Corebank from the layouts in the CardDemo README
000500* (CardDemo: Apache License 2.0, see LICENSE and NOTICE).
000600*--------------------------------------------------------------
000700*  Timestamps are YYYY-MM-DD-HH.MM.SS.hh0000 or
000800*  YYYY-MM-DD HH:MM:SS.ffffff (26 characters).
000900  01  TRAN-RECORD.
001000      05  TRAN-ID                           PIC X(16).
001100      05  TRAN-TYPE-CD                      PIC X(02).
001200      05  TRAN-CAT-CD                       PIC 9(04).
001300      05  TRAN-SOURCE                       PIC X(10).
001400      05  TRAN-DESC                         PIC X(100).
001500      05  TRAN-AMT                          PIC S9(09)V99.
001600      05  TRAN-MERCHANT-ID                  PIC 9(09).
001700      05  TRAN-MERCHANT-NAME                PIC X(50).
001800      05  TRAN-MERCHANT-CITY                PIC X(50).
001900      05  TRAN-MERCHANT-ZIP                 PIC X(10).
002000      05  TRAN-CARD-NUM                     PIC X(16).
002100      05  TRAN-ORIG-TS                      PIC X(26).
002200      05  TRAN-PROC-TS                      PIC X(26).
002300      05  FILLER                            PIC X(20).
