000100*--------------------------------------------------------------
000200* CVACT02Y - card record (CARDDATA).
000300* Record length: 150 bytes. All items USAGE DISPLAY unless said.
000400* Written for Corebank from the layouts in the CardDemo README
000500* (CardDemo: Apache License 2.0, see LICENSE and NOTICE).
000600*--------------------------------------------------------------
000700  01  CARD-RECORD.
000800      05  CARD-NUM                          PIC X(16).
000900      05  CARD-ACCT-ID                      PIC 9(11).
001000      05  CARD-CVV-CD                       PIC 9(03).
001100      05  CARD-EMBOSSED-NAME                PIC X(50).
001200      05  CARD-EXPIRAION-DATE               PIC X(10).
001300      05  CARD-ACTIVE-STATUS                PIC X(01).
001400          88  CARD-ACTIVE                   VALUE 'Y'.
001500      05  FILLER                            PIC X(59).
