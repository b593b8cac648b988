package io.corebank.ops.jcl;

/** The rules of the JCL subset, each stated as an error message quotes it. */
public enum JclRule {
  STATEMENT("a statement starts with // in columns 1-2; //* starts a comment, // alone ends the job; "
      + "JCL has no blank lines and no tabs"),
  NAME("a name is 1 to 8 upper-case letters, digits or @ # $, not starting with a digit, written from column 3"),
  OPERATION("the operations of this subset are JOB, EXEC, DD and SET, after the name and a blank"),
  ORDER("the JOB statement comes first and once; a DD statement follows the EXEC of its step; step names and "
      + "the DD names of a step are unique; at most 255 steps"),
  CONTINUATION("a statement continues when its operand field ends with a comma: the next line starts with // and a "
      + "blank, and the operands resume in a column from 4 to 16"),
  OPERAND("operands are separated by commas, without blanks: KEYWORD=value or a positional value; a value is a "
      + "word, 'quoted text' or a (list); keywords come after positional operands and appear once"),
  QUOTED("'quoted text' closes on its own line; two apostrophes inside stand for one"),
  SYMBOL("&NAME or &NAME. is replaced by the value of a symbol set by // SET NAME=value or by --set NAME=value; "
      + "&& stands for one &; a symbol name is 1 to 8 upper-case letters, digits or @ # $, not starting with a digit"),
  SET("// SET NAME=value[,NAME=value]...: a value is a word or 'quoted text', the apostrophes not part of it"),
  JOB("//jobname JOB [accounting][,programmer][,KEYWORD=value]...; COND, RESTART and TYPRUN on the JOB statement "
      + "are not supported"),
  EXEC("//stepname EXEC PGM=program[,PARM='text'][,COND=...] (REGION, TIME and ACCT are accepted and ignored); "
      + "cataloged or in-stream procedures are not supported"),
  PARM("PARM='text', PARM=word or PARM=(a,b): at most 100 characters"),
  COND("COND=(code,operator[,stepname]) or COND=((code,operator[,stepname]),...) with up to 8 tests, code 0 to 4095, "
      + "operator GT, GE, EQ, LT, LE or NE, and optionally EVEN or ONLY (COND=EVEN, COND=((4,LT),ONLY)); "
      + "stepname names an earlier step; a step is bypassed when any test is true: code operator RC"),
  DD("//ddname DD followed by one of PATH='file or directory', DSN=data.set.name, SYSOUT=class, DUMMY, * or DATA, "
      + "and optionally DISP=...; allocation keywords (UNIT, SPACE, DCB, RECFM, LRECL, BLKSIZE, VOL, LABEL, PATHOPTS, "
      + "PATHMODE, PATHDISP, FILEDATA, ...) are accepted and ignored; concatenation (a DD without a name) is not supported"),
  DSN("a data-set name is qualifiers of 1 to 8 characters (a letter or @ # $ first, then letters, digits, @ # $ -) "
      + "joined by periods, at most 44 characters, optionally followed by (member) or a generation (+1), (0), (-1)"),
  DISP("DISP=status or DISP=(status,normal,abnormal): status NEW, OLD, SHR or MOD; normal DELETE, KEEP, PASS, "
      + "CATLG or UNCATLG; abnormal DELETE, KEEP, CATLG or UNCATLG"),
  INSTREAM("in-stream data follows DD * or DD DATA and ends at a /* line; DD * data also ends at the next // line");

  private final String text;

  JclRule(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
