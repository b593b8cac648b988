000100*--------------------------------------------------------------
000200* CVTRA06Y - daily transaction record (DALYTRAN).
000300* Record length: 350 bytes. All items USAGE DISPLAY unless said.
000400* Written for Corebank from the layouts in the CardDemo README
000500* (CardDemo: Apache License 2.0, see LICENSE and NOTICE).
000600*--------------------------------------------------------------
000700*  Same layout as CVTRA05Y with the DALYTRAN- prefix.
000800  01  DALYTRAN-RECORD.
000900      05  DALYTRAN-ID                       PIC X(16).
001000      05  DALYTRAN-TYPE-CD                  PIC X(02).
001100      05  DALYTRAN-CAT-CD                   PIC 9(04).
001200      05  DALYTRAN-SOURCE                   PIC X(10).
001300      05  DALYTRAN-DESC                     PIC X(100).
001400      05  DALYTRAN-AMT                      PIC S9(09)V99.
001500      05  DALYTRAN-MERCHANT-ID              PIC 9(09).
001600      05  DALYTRAN-MERCHANT-NAME            PIC X(50).
001700      05  DALYTRAN-MERCHANT-CITY            PIC X(50).
001800      05  DALYTRAN-MERCHANT-ZIP             PIC X(10).
001900      05  DALYTRAN-CARD-NUM                 PIC X(16).
002000      05  DALYTRAN-ORIG-TS                  PIC X(26).
002100      05  DALYTRAN-PROC-TS                  PIC X(26).
002200      05  FILLER                            PIC X(20).
