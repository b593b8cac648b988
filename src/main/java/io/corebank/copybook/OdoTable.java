package io.corebank.copybook;

/**
 * The OCCURS ... DEPENDING ON table of a variable-length record. It must be the last item of
 * the record, so the record's actual length is the table's offset plus the occurrences in use.
 *
 * @param tablePath          path of the table item without an occurrence index
 * @param dependingOnPath    path of the item holding the number of occurrences in use
 * @param minOccurs          the m of OCCURS m TO n
 * @param maxOccurs          the n of OCCURS m TO n
 * @param offsetBytes        0-based offset of the first occurrence
 * @param elementLengthBytes bytes of one occurrence
 */
public record OdoTable(String tablePath, String dependingOnPath, int minOccurs, int maxOccurs,
             int offsetBytes, int elementLengthBytes) {

  public int recordLengthBytes(int occurrences) {
    return offsetBytes + occurrences * elementLengthBytes;
  }
}
