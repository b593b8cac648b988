package io.corebank.nacha.layout;

import io.corebank.nacha.Field;

import java.util.List;

/**
 * One record layout as the copybook and the BeanIO mapping describe it.
 *
 * @param cobolName    01-level name, e.g. {@code NACHA-ENTRY-DETAIL}
 * @param cobolPrefix  prefix of the layout's field names in the copybook, e.g. {@code ED}
 * @param beanIoName   BeanIO record name, e.g. {@code entryDetail}
 * @param description  what the record is, for comments
 * @param fields       the Java field table, in position order
 * @param identifiers  fields BeanIO identifies the record by, with the literal or regex they must match
 */
public record RecordLayout(String cobolName, String cobolPrefix, String beanIoName, String description,
               List<Field> fields, List<Identifier> identifiers) {

  /** A record identifying field: {@code value} is a literal, or a regular expression when {@code regex}. */
  public record Identifier(String fieldName, String value, boolean regex) {
  }

  public int length() {
    return fields.stream().mapToInt(Field::length).sum();
  }

  /** {@code RDFIIdentification} -> {@code rdfiIdentification}: the BeanIO field name. */
  public static String beanIoFieldName(Field field) {
    List<String> words = Names.words(field.name());
    StringBuilder name = new StringBuilder(words.get(0).toLowerCase());
    for (String word : words.subList(1, words.size())) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase());
    }
    return name.toString();
  }

  /** {@code RDFIIdentification} -> {@code ED-RDFI-ID}: the copybook field name (abbreviated to fit 30 characters). */
  public String cobolFieldName(Field field) {
    return cobolPrefix + "-" + Names.cobol(field.name());
  }
}
