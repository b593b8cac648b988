000100*--------------------------------------------------------------
000200* CSUSR01Y - user security record (USRSEC).
000300* Record length: 80 bytes. All items USAGE DISPLAY unless said.
000400* Written for Corebank from the layouts in the CardDemo README
000500* (CardDemo: Apache License 2.0, see LICENSE and NOTICE).
000600*--------------------------------------------------------------
000700  01  SEC-USER-DATA.
000800      05  SEC-USR-ID                        PIC X(08).
000900      05  SEC-USR-FNAME                     PIC X(20).
001000      05  SEC-USR-LNAME                     PIC X(20).
001100      05  SEC-USR-PWD                       PIC X(08).
001200      05  SEC-USR-TYPE                      PIC X(01).
001300          88  SEC-USR-ADMIN                 VALUE 'A'.
001400          88  SEC-USR-REGULAR               VALUE 'U'.
001500      05  SEC-USR-FILLER                    PIC X(23).
