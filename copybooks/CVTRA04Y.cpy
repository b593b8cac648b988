000100*--------------------------------------------------------------
000200* CVTRA04Y - transaction category (TRANCATG).
000300* Record length: 60 bytes. All items USAGE DISPLAY unless said.
000400* Written for Corebank from the layouts in the CardDemo README
000500* (CardDemo: Apache License 2.0, see LICENSE and NOTICE).
000600*--------------------------------------------------------------
000700  01  TRAN-CAT-RECORD.
000800      05  TRAN-CAT-KEY.
000900          10  TRAN-TYPE-CD                  PIC X(02).
001000          10  TRAN-CAT-CD                   PIC 9(04).
001100      05  TRAN-CAT-TYPE-DESC                PIC X(50).
001200      05  FILLER                            PIC X(04).
