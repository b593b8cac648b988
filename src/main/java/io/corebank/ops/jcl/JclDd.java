package io.corebank.ops.jcl;

import java.util.List;

/**
 * A DD statement: what the DD name stands for. {@code value} is the path, data-set name or SYSOUT class
 * (null for DUMMY and in-stream data); {@code data} the in-stream lines.
 */
public record JclDd(String name, int line, Kind kind, JclText value, Disp disp, List<String> data) {
  public JclDd {
    data = List.copyOf(data);
  }

  public enum Kind {
    /** PATH='...': a file or directory */
    PATH,
    /** DSN=...: a cataloged data set */
    DSN,
    /** SYSOUT=class: printed output */
    SYSOUT,
    /** DUMMY (or DSN=NULLFILE): no data */
    DUMMY,
    /** DD * or DD DATA: the lines that follow */
    INSTREAM
  }

  /** DISP=(status,normal,abnormal); absent subparameters are null. */
  public record Disp(String status, String normal, String abnormal) {
    public static final Disp NONE = new Disp(null, null, null);

    public String text() {
      if (normal == null && abnormal == null) return status == null ? "" : "DISP=" + status;
      return "DISP=(" + (status == null ? "" : status) + "," + (normal == null ? "" : normal)
          + (abnormal == null ? "" : "," + abnormal) + ")";
    }
  }

  /** As it would be written, in short: {@code PATH='/data'}, {@code DSN=A.B}, {@code SYSOUT=*}, {@code DUMMY}, {@code *}. */
  public String text() {
    String what = switch (kind) {
      case PATH -> "PATH='" + value.text().replace("'", "''") + "'";
      case DSN -> "DSN=" + value.text();
      case SYSOUT -> "SYSOUT=" + value.text();
      case DUMMY -> "DUMMY";
      case INSTREAM -> "* (" + data.size() + " line" + (data.size() == 1 ? "" : "s") + ")";
    };
    String d = disp.text();
    return d.isEmpty() ? what : what + "," + d;
  }
}
