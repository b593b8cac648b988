package io.corebank.nacha.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Derives copybook names from the Java field names: split PascalCase into words (acronyms stay whole),
 * upper-case, abbreviate the long words below, join with hyphens. COBOL names are limited to 30
 * characters, hence the abbreviations; every copybook field also names its BeanIO field in a comment.
 */
final class Names {

  static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("IDENTIFICATION", "ID"),
      Map.entry("INFORMATION", "INFO"),
      Map.entry("CORRESPONDENT", "CORR"),
      Map.entry("FOREIGN", "FGN"),
      Map.entry("NUMBER", "NUM"),
      Map.entry("QUALIFIER", "QUAL"),
      Map.entry("ADDENDA", "ADD"),
      Map.entry("SEQUENCE", "SEQ"),
      Map.entry("DISCRETIONARY", "DISC"),
      Map.entry("TRANSACTION", "TRAN"),
      Map.entry("AUTHENTICATION", "AUTH"),
      Map.entry("AUTHORIZATION", "AUTH"),
      Map.entry("DESTINATION", "DEST"),
      Map.entry("ORIGINATING", "ORIG"),
      Map.entry("ORIGINATOR", "ORIGR"),
      Map.entry("ORIGINAL", "ORIG"),
      Map.entry("SETTLEMENT", "SETL"),
      Map.entry("DISHONORED", "DISH"),
      Map.entry("CONTESTED", "CONT"),
      Map.entry("COUNTRY", "CTRY"),
      Map.entry("PROVINCE", "PROV"),
      Map.entry("RECEIVING", "RCV"),
      Map.entry("RECEIVER", "RCVR"),
      Map.entry("DESCRIPTION", "DESC"),
      Map.entry("DESCRIPTIVE", "DESC"),
      Map.entry("IMMEDIATE", "IMM"),
      Map.entry("EXCHANGE", "EXCH"),
      Map.entry("REFERENCE", "REF"),
      Map.entry("INDICATOR", "IND"),
      Map.entry("SCREENING", "SCRN"),
      Map.entry("SECONDARY", "SEC"),
      Map.entry("CURRENCY", "CURR"),
      Map.entry("RELATED", "REL"),
      Map.entry("PAYMENT", "PMT"),
      Map.entry("EXPIRATION", "EXP"),
      Map.entry("INDIVIDUAL", "INDV"),
      Map.entry("TERMINAL", "TERM"),
      Map.entry("OPERATOR", "OPER"),
      Map.entry("CORRECTED", "CORR"),
      Map.entry("ENTRY", "ENT"),
      Map.entry("DOLLAR", "DOL"),
      Map.entry("AMOUNT", "AMT"),
      Map.entry("RECORDS", "RECS"),
      Map.entry("CREATION", "CRE"),
      Map.entry("MODIFIER", "MOD"),
      Map.entry("STANDARD", "STD"),
      Map.entry("SERVICE", "SVC"),
      Map.entry("STREET", "ST"),
      Map.entry("ADDRESS", "ADDR"),
      Map.entry("POSTAL", "POST"),
      Map.entry("BRANCH", "BR"),
      Map.entry("COMPANY", "CO"),
      Map.entry("RETURNED", "RTND"),
      Map.entry("RETURN", "RET"),
      Map.entry("TOTAL", "TOT"),
      Map.entry("DEBIT", "DR"),
      Map.entry("CREDIT", "CR"));

  private Names() {
  }

  /** {@code RDFIIdentification} -> [RDFI, Identification]; {@code Reserved1} -> [Reserved1]. */
  static List<String> words(String pascalCase) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < pascalCase.length(); i++) {
      char c = pascalCase.charAt(i);
      char previous = pascalCase.charAt(i - 1);
      boolean nextIsLower = i + 1 < pascalCase.length() && Character.isLowerCase(pascalCase.charAt(i + 1));
      boolean boundary = Character.isUpperCase(c)
          && (Character.isLowerCase(previous) || Character.isDigit(previous)
          || Character.isUpperCase(previous) && nextIsLower);
      if (boundary) {
        words.add(pascalCase.substring(start, i));
        start = i;
      }
    }
    words.add(pascalCase.substring(start));
    return words;
  }

  static String cobol(String pascalCase) {
    List<String> parts = new ArrayList<>();
    for (String word : words(pascalCase)) {
      String upper = word.toUpperCase();
      parts.add(ABBREVIATIONS.getOrDefault(upper, upper));
    }
    return String.join("-", parts);
  }
}
