package io.corebank.nacha;

/**
 * Chooses the layout for each line. Type 6, 8 and 9 layouts depend on the batch around them (IAT and
 * ADV entries and controls differ from domestic ones), so the parser remembers the last batch header.
 */
final class RecordParser {

  private boolean iatBatch;
  private boolean advBatch;
  private boolean advFile;

  AchRecord parse(String line, int lineNumber) {
    if (line.isEmpty()) {
      return UnknownRecord.parse(line, lineNumber);
    }
    return switch (line.charAt(0)) {
      case '1' -> FileHeader.parse(line, lineNumber);
      case '5' -> batchHeader(line, lineNumber);
      case '6' -> iatBatch ? IatEntryDetail.parse(line, lineNumber)
          : advBatch ? AdvEntryDetail.parse(line, lineNumber)
          : EntryDetail.parse(line, lineNumber);
      case '7' -> addenda(line, lineNumber);
      case '8' -> advBatch ? AdvBatchControl.parse(line, lineNumber) : BatchControl.parse(line, lineNumber);
      case '9' -> BlockPadding.isPadding(line) ? BlockPadding.parse(line, lineNumber)
          : advFile ? AdvFileControl.parse(line, lineNumber)
          : FileControl.parse(line, lineNumber);
      default -> UnknownRecord.parse(line, lineNumber);
    };
  }

  private AchRecord batchHeader(String line, int lineNumber) {
    iatBatch = IatBatchHeader.isIat(line);
    advBatch = !iatBatch && line.startsWith("ADV", 50);
    advFile |= advBatch;
    return iatBatch ? IatBatchHeader.parse(line, lineNumber) : BatchHeader.parse(line, lineNumber);
  }

  private static AchRecord addenda(String line, int lineNumber) {
    if (line.length() < 3) {
      return UnknownRecord.parse(line, lineNumber);
    }
    return switch (line.substring(1, 3)) {
      case "02" -> Addenda02.parse(line, lineNumber);
      case "05" -> Addenda05.parse(line, lineNumber);
      case "10" -> Addenda10.parse(line, lineNumber);
      case "11" -> Addenda11.parse(line, lineNumber);
      case "12" -> Addenda12.parse(line, lineNumber);
      case "13" -> Addenda13.parse(line, lineNumber);
      case "14" -> Addenda14.parse(line, lineNumber);
      case "15" -> Addenda15.parse(line, lineNumber);
      case "16" -> Addenda16.parse(line, lineNumber);
      case "17" -> Addenda17.parse(line, lineNumber);
      case "18" -> Addenda18.parse(line, lineNumber);
      case "98" -> Addenda98.parse(line, lineNumber);
      case "99" -> ReturnAddenda.parse(line, lineNumber);
      default -> UnknownRecord.parse(line, lineNumber);
    };
  }
}
