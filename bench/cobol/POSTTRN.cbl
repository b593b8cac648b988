      * POSTTRAN's rules (docs/carddemo.md) in COBOL on indexed files,
      * written for Corebank as the same-run baseline of bench posttran:
      * per daily record the file operations of CardDemo's CBTRN02C -
      * read the daily file, read the cross-reference and the account,
      * read and rewrite (or write) the category balance, rewrite the
      * account, write the transaction; or write the reject.
      * Compiled by run-posttran.sh with GnuCOBOL: cobc -fsign=EBCDIC
      * (the CardDemo files overpunch signs as EBCDIC does, in ASCII).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. POSTTRN.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT DALYTRAN-FILE ASSIGN TO "DALYTRAN"
                  ORGANIZATION IS LINE SEQUENTIAL.
           SELECT TRANSACT-FILE ASSIGN TO "TRANFILE"
                  ORGANIZATION IS INDEXED ACCESS MODE IS RANDOM
                  RECORD KEY IS FD-TRANS-ID
                  FILE STATUS IS TRANFILE-STATUS.
           SELECT XREF-FILE ASSIGN TO "XREFFILE"
                  ORGANIZATION IS INDEXED ACCESS MODE IS RANDOM
                  RECORD KEY IS FD-XREF-CARD-NUM
                  FILE STATUS IS XREFFILE-STATUS.
           SELECT DALYREJS-FILE ASSIGN TO "DALYREJS"
                  ORGANIZATION IS SEQUENTIAL.
           SELECT ACCOUNT-FILE ASSIGN TO "ACCTFILE"
                  ORGANIZATION IS INDEXED ACCESS MODE IS RANDOM
                  RECORD KEY IS FD-ACCT-ID
                  FILE STATUS IS ACCTFILE-STATUS.
           SELECT TCATBAL-FILE ASSIGN TO "TCATBALF"
                  ORGANIZATION IS INDEXED ACCESS MODE IS RANDOM
                  RECORD KEY IS FD-TRAN-CAT-KEY
                  FILE STATUS IS TCATBALF-STATUS.
       DATA DIVISION.
       FILE SECTION.
       FD  DALYTRAN-FILE.
       01  FD-TRAN-RECORD                PIC X(350).
       FD  TRANSACT-FILE.
       01  FD-TRANFILE-REC.
           05 FD-TRANS-ID                PIC X(16).
           05 FD-ACCT-DATA               PIC X(334).
       FD  XREF-FILE.
       01  FD-XREFFILE-REC.
           05 FD-XREF-CARD-NUM           PIC X(16).
           05 FD-XREF-DATA               PIC X(34).
       FD  DALYREJS-FILE.
       01  FD-REJS-RECORD                PIC X(430).
       FD  ACCOUNT-FILE.
       01  FD-ACCTFILE-REC.
           05 FD-ACCT-ID                 PIC 9(11).
           05 FD-ACCT-DATA               PIC X(289).
       FD  TCATBAL-FILE.
       01  FD-TRAN-CAT-BAL-RECORD.
           05 FD-TRAN-CAT-KEY.
              10 FD-TRANCAT-ACCT-ID      PIC 9(11).
              10 FD-TRANCAT-TYPE-CD      PIC X(02).
              10 FD-TRANCAT-CD           PIC 9(04).
           05 FD-FD-TRAN-CAT-DATA        PIC X(33).
       WORKING-STORAGE SECTION.
       COPY CVTRA06Y.
       COPY CVTRA05Y.
       COPY CVACT03Y.
       COPY CVACT01Y.
       COPY CVTRA01Y.
       01  TRANFILE-STATUS               PIC XX.
       01  XREFFILE-STATUS               PIC XX.
       01  ACCTFILE-STATUS               PIC XX.
       01  TCATBALF-STATUS               PIC XX.
       01  END-OF-FILE                   PIC X VALUE 'N'.
       01  COBOL-TS                      PIC X(21).
       01  REJECT-RECORD.
           05 REJECT-TRAN-DATA           PIC X(350).
           05 WS-VALIDATION-FAIL-REASON  PIC 9(04).
           05 WS-VALIDATION-FAIL-DESC    PIC X(76).
       01  WS-TRANSACTION-COUNT          PIC 9(09) VALUE 0.
       01  WS-REJECT-COUNT               PIC 9(09) VALUE 0.
       01  WS-TEMP-BAL                   PIC S9(09)V99.
       PROCEDURE DIVISION.
           OPEN INPUT DALYTRAN-FILE OUTPUT TRANSACT-FILE
                INPUT XREF-FILE OUTPUT DALYREJS-FILE
                I-O ACCOUNT-FILE I-O TCATBAL-FILE
           PERFORM UNTIL END-OF-FILE = 'Y'
              READ DALYTRAN-FILE INTO DALYTRAN-RECORD
                 AT END MOVE 'Y' TO END-OF-FILE
                 NOT AT END
                    ADD 1 TO WS-TRANSACTION-COUNT
                    MOVE 0 TO WS-VALIDATION-FAIL-REASON
                    MOVE SPACES TO WS-VALIDATION-FAIL-DESC
                    PERFORM VALIDATE-TRAN
                    IF WS-VALIDATION-FAIL-REASON = 0
                       PERFORM POST-TRANSACTION
                    ELSE
                       ADD 1 TO WS-REJECT-COUNT
                       MOVE DALYTRAN-RECORD TO REJECT-TRAN-DATA
                       WRITE FD-REJS-RECORD FROM REJECT-RECORD
                    END-IF
              END-READ
           END-PERFORM
           CLOSE DALYTRAN-FILE TRANSACT-FILE XREF-FILE DALYREJS-FILE
                 ACCOUNT-FILE TCATBAL-FILE
           DISPLAY 'TRANSACTIONS PROCESSED :' WS-TRANSACTION-COUNT
           DISPLAY 'TRANSACTIONS REJECTED  :' WS-REJECT-COUNT
           STOP RUN.
       VALIDATE-TRAN.
           MOVE DALYTRAN-CARD-NUM TO FD-XREF-CARD-NUM
           READ XREF-FILE INTO CARD-XREF-RECORD
              INVALID KEY
                MOVE 100 TO WS-VALIDATION-FAIL-REASON
                MOVE 'INVALID CARD NUMBER FOUND'
                  TO WS-VALIDATION-FAIL-DESC
           END-READ
           IF WS-VALIDATION-FAIL-REASON = 0
              MOVE XREF-ACCT-ID TO FD-ACCT-ID
              READ ACCOUNT-FILE INTO ACCOUNT-RECORD
                 INVALID KEY
                   MOVE 101 TO WS-VALIDATION-FAIL-REASON
                   MOVE 'ACCOUNT RECORD NOT FOUND'
                     TO WS-VALIDATION-FAIL-DESC
                 NOT INVALID KEY
                   COMPUTE WS-TEMP-BAL = ACCT-CURR-CYC-CREDIT
                                       - ACCT-CURR-CYC-DEBIT
                                       + DALYTRAN-AMT
                   IF ACCT-CREDIT-LIMIT < WS-TEMP-BAL
                     MOVE 102 TO WS-VALIDATION-FAIL-REASON
                     MOVE 'OVERLIMIT TRANSACTION'
                       TO WS-VALIDATION-FAIL-DESC
                   END-IF
                   IF ACCT-EXPIRAION-DATE < DALYTRAN-ORIG-TS (1:10)
                     MOVE 103 TO WS-VALIDATION-FAIL-REASON
                     MOVE 'TRANSACTION RECEIVED AFTER ACCT EXPIRATION'
                       TO WS-VALIDATION-FAIL-DESC
                   END-IF
              END-READ
           END-IF.
       POST-TRANSACTION.
           MOVE DALYTRAN-RECORD TO TRAN-RECORD
           MOVE FUNCTION CURRENT-DATE TO COBOL-TS
           MOVE COBOL-TS TO TRAN-PROC-TS
           MOVE XREF-ACCT-ID TO FD-TRANCAT-ACCT-ID
           MOVE DALYTRAN-TYPE-CD TO FD-TRANCAT-TYPE-CD
           MOVE DALYTRAN-CAT-CD TO FD-TRANCAT-CD
           READ TCATBAL-FILE INTO TRAN-CAT-BAL-RECORD
              INVALID KEY
                INITIALIZE TRAN-CAT-BAL-RECORD
                MOVE XREF-ACCT-ID TO TRANCAT-ACCT-ID
                MOVE DALYTRAN-TYPE-CD TO TRANCAT-TYPE-CD
                MOVE DALYTRAN-CAT-CD TO TRANCAT-CD
                ADD DALYTRAN-AMT TO TRAN-CAT-BAL
                WRITE FD-TRAN-CAT-BAL-RECORD FROM TRAN-CAT-BAL-RECORD
              NOT INVALID KEY
                ADD DALYTRAN-AMT TO TRAN-CAT-BAL
                REWRITE FD-TRAN-CAT-BAL-RECORD
                   FROM TRAN-CAT-BAL-RECORD
           END-READ
           ADD DALYTRAN-AMT TO ACCT-CURR-BAL
           IF DALYTRAN-AMT >= 0
              ADD DALYTRAN-AMT TO ACCT-CURR-CYC-CREDIT
           ELSE
              ADD DALYTRAN-AMT TO ACCT-CURR-CYC-DEBIT
           END-IF
           REWRITE FD-ACCTFILE-REC FROM ACCOUNT-RECORD
           WRITE FD-TRANFILE-REC FROM TRAN-RECORD
           IF TRANFILE-STATUS NOT = '00'
              DISPLAY 'WRITE TRANSACT ' TRANFILE-STATUS
              STOP RUN
           END-IF.
