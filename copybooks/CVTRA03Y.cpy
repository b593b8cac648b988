000100*--------------------------------------------------------------
000200* CVTRA03Y - transaction type (TRANTYPE).
000300* Record length: 60 bytes. All items USAGE DISPLAY unless said.
000400* Written for Corebank from the layouts in the CardDemo README
000500* (CardDemo: Apache License 2.0, see LICENSE and NOTICE).
000600*--------------------------------------------------------------
000700  01  TRAN-TYPE-RECORD.
000800      05  TRAN-TYPE                         PIC X(02).
000900      05  TRAN-TYPE-DESC                    PIC X(50).
001000      05  FILLER                            PIC X(08).
