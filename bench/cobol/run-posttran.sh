#!/usr/bin/env bash
# The COBOL baseline of `corebank bench posttran`: POSTTRN.cbl (POSTTRAN's rules on indexed files) compiled
# with GnuCOBOL and timed on the same CardDemo data set, on this machine, in the same run.
#   run-posttran.sh DATA_DIR WORK_DIR
# DATA_DIR holds the ASCII data set (dailytran.txt, acctdata.txt, cardxref.txt, tcatbal.txt).
# Prints: "cobol-ms=MS", "cobol-processed=N", "cobol-rejected=R", then rejects by reason and the
# account totals after posting (cents), for comparison with Corebank's POSTTRAN.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
copybooks="$here/../../copybooks"
data="$1"; work="$2"
command -v cobc >/dev/null || { echo "cobc not found (Debian: apt-get install gnucobol)" >&2; exit 3; }
mkdir -p "$work"; cd "$work"
for c in "$copybooks"/CV*.cpy; do cp "$c" "$(basename "$c" .cpy)"; done

# a loader per indexed file: a line-sequential extract into an indexed file keyed on its first KEY bytes
loader() { local name=$1 reclen=$2 keylen=$3
  cat > "$name.cbl" <<COBOL
       IDENTIFICATION DIVISION.
       PROGRAM-ID. $name.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT IN-FILE ASSIGN TO "INFILE"
                  ORGANIZATION IS LINE SEQUENTIAL.
           SELECT OUT-FILE ASSIGN TO "OUTFILE"
                  ORGANIZATION IS INDEXED ACCESS MODE IS RANDOM
                  RECORD KEY IS OUT-KEY FILE STATUS IS OUT-STATUS.
       DATA DIVISION.
       FILE SECTION.
       FD  IN-FILE.
       01  IN-REC                      PIC X($reclen).
       FD  OUT-FILE.
       01  OUT-REC.
           05 OUT-KEY                  PIC X($keylen).
           05 OUT-REST                 PIC X($((reclen - keylen))).
       WORKING-STORAGE SECTION.
       01  OUT-STATUS                  PIC XX.
       01  EOF                         PIC X VALUE 'N'.
       PROCEDURE DIVISION.
           OPEN INPUT IN-FILE OUTPUT OUT-FILE
           PERFORM UNTIL EOF = 'Y'
              READ IN-FILE AT END MOVE 'Y' TO EOF
              NOT AT END
                 MOVE IN-REC TO OUT-REC
                 WRITE OUT-REC
                 IF OUT-STATUS NOT = '00'
                    DISPLAY 'LOAD FAILED WITH STATUS ' OUT-STATUS
                    STOP RUN RETURNING 12
                 END-IF
              END-READ
           END-PERFORM
           CLOSE IN-FILE OUT-FILE
           STOP RUN.
COBOL
  cobc -x -O2 -fsign=EBCDIC "$name.cbl" -o "$name"; }

# the account file read back in key order after posting
cat > DUMPACCT.cbl <<'COBOL'
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DUMPACCT.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT IN-FILE ASSIGN TO "INFILE"
                  ORGANIZATION IS INDEXED ACCESS MODE IS SEQUENTIAL
                  RECORD KEY IS IN-KEY.
           SELECT OUT-FILE ASSIGN TO "OUTFILE"
                  ORGANIZATION IS LINE SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD  IN-FILE.
       01  IN-REC.
           05 IN-KEY                   PIC X(11).
           05 IN-REST                  PIC X(289).
       FD  OUT-FILE.
       01  OUT-REC                     PIC X(300).
       WORKING-STORAGE SECTION.
       01  EOF                         PIC X VALUE 'N'.
       PROCEDURE DIVISION.
           OPEN INPUT IN-FILE OUTPUT OUT-FILE
           PERFORM UNTIL EOF = 'Y'
              READ IN-FILE NEXT AT END MOVE 'Y' TO EOF
              NOT AT END WRITE OUT-REC FROM IN-REC
              END-READ
           END-PERFORM
           CLOSE IN-FILE OUT-FILE
           STOP RUN.
COBOL

loader LOADACCT 300 11
loader LOADXREF 50 16
loader LOADTCAT 50 17
cobc -x -O2 -fsign=EBCDIC DUMPACCT.cbl -o DUMPACCT
cobc -x -O2 -fsign=EBCDIC -I . "$here/POSTTRN.cbl" -o POSTTRN
rm -f ACCTFILE XREFFILE TCATBALF TRANFILE DALYREJS
INFILE="$data/acctdata.txt" OUTFILE=ACCTFILE ./LOADACCT
INFILE="$data/cardxref.txt" OUTFILE=XREFFILE ./LOADXREF
INFILE="$data/tcatbal.txt" OUTFILE=TCATBALF ./LOADTCAT
sync

start=$(date +%s%N)
DALYTRAN="$data/dailytran.txt" TRANFILE=TRANFILE XREFFILE=XREFFILE DALYREJS=DALYREJS ACCTFILE=ACCTFILE TCATBALF=TCATBALF \
  ./POSTTRN > posttrn.out
end=$(date +%s%N)
echo "cobol-ms=$(( (end - start) / 1000000 ))"
echo "cobol-processed=$(sed -n 's/TRANSACTIONS PROCESSED :0*\([0-9]\)/\1/p' posttrn.out)"
echo "cobol-rejected=$(sed -n 's/TRANSACTIONS REJECTED  :0*\([0-9]\)/\1/p' posttrn.out)"

INFILE=ACCTFILE OUTFILE=acct.out ./DUMPACCT
python3 - <<'PY'
import collections
d = open("DALYREJS", "rb").read()
reasons = collections.Counter(d[i * 430 + 350:i * 430 + 354].decode() for i in range(len(d) // 430))
print("cobol-rejects-by-reason=" + ",".join(f"{int(k)}:{v}" for k, v in sorted(reasons.items())))
def zoned(s):
    positive, negative = "{ABCDEFGHI", "}JKLMNOPQR"
    if s[-1] in positive: return int(s[:-1] + str(positive.index(s[-1])))
    if s[-1] in negative: return -int(s[:-1] + str(negative.index(s[-1])))
    return int(s)
balance = credit = debit = 0
for line in open("acct.out"):
    balance += zoned(line[12:24]); credit += zoned(line[78:90]); debit += zoned(line[90:102])
print(f"cobol-account-totals-cents={balance},{credit},{debit}")
PY
