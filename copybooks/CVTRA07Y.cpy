000100*--------------------------------------------------------------
000200* CVTRA07Y - daily transaction reject record (DALYREJS).
000300* Record length: 430 bytes. All items USAGE DISPLAY.
000400* Written for Corebank from the layouts in the CardDemo README
000500* (CardDemo: Apache License 2.0, see LICENSE and NOTICE).
000600*--------------------------------------------------------------
000700*  The rejected daily transaction as it was read (layout
000800*  CVTRA06Y), then the validation trailer: reason and text.
000900  01  REJECT-RECORD.
001000      05  REJECT-TRAN-DATA                  PIC X(350).
001100      05  VALIDATION-TRAILER.
001200          10  WS-VALIDATION-FAIL-REASON     PIC 9(04).
001300              88  REJECT-INVALID-CARD       VALUE 100.
001400              88  REJECT-ACCOUNT-NOT-FOUND  VALUE 101.
001500              88  REJECT-OVERLIMIT          VALUE 102.
001600              88  REJECT-AFTER-EXPIRATION   VALUE 103.
001700          10  WS-VALIDATION-FAIL-REASON-DESC PIC X(76).
