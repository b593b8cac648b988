000100*--------------------------------------------------------------
000200* CVACT03Y - card cross-reference (CARDXREF): card to
000300*  customer and account. Record length: 50 bytes.
000400* Written for Corebank from the layouts in the CardDemo README
000500* (CardDemo: Apache License 2.0, see LICENSE and NOTICE).
000600*--------------------------------------------------------------
000700  01  CARD-XREF-RECORD.
000800      05  XREF-CARD-NUM                     PIC X(16).
000900      05  XREF-CUST-ID                      PIC 9(09).
001000      05  XREF-ACCT-ID                      PIC 9(11).
001100      05  FILLER                            PIC X(14).
