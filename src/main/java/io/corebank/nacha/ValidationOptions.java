package io.corebank.nacha;

/**
 * Switches for the tolerances a receiving bank may apply.
 *
 * <p>The first five are the reference library's read tolerances that real files rely on; they are ON by
 * default because files that need them are accepted under default settings. The last two are operator
 * decisions that widen what NACHA allows; they are OFF by default.
 *
 * @param padShortRecords            a record shorter than 94 characters is padded with spaces
 * @param trimTrailingSpaces         a record longer than 94 characters is accepted when the excess is spaces
 * @param splitUnbrokenFile          a line longer than 94 characters whose length is a multiple of 94 is a
 *                                   file without line breaks, split into 94-character records
 * @param skipBlankLines             empty lines are ignored
 * @param allowShortLastBlock        the last block may hold fewer than 10 records (no lines of nines), as
 *                                   long as the block count equals records / 10 rounded up
 * @param allowCustomReturnCodes     return reason codes outside the NACHA list (e.g. R97) are accepted
 *                                   when they have the form R + two digits
 * @param bypassDestinationValidation the file header's immediate destination is not checked as a routing
 *                                   number (vendor files addressed to a non-routing identifier)
 */
public record ValidationOptions(
    boolean padShortRecords,
    boolean trimTrailingSpaces,
    boolean splitUnbrokenFile,
    boolean skipBlankLines,
    boolean allowShortLastBlock,
    boolean allowCustomReturnCodes,
    boolean bypassDestinationValidation) {

  private static final ValidationOptions DEFAULTS = new ValidationOptions(true, true, true, true, true, false, false);

  public static ValidationOptions defaults() {
    return DEFAULTS;
  }

  /** Every tolerance off: the file must follow the NACHA layout to the character. */
  public static ValidationOptions strict() {
    return new ValidationOptions(false, false, false, false, false, false, false);
  }

  public ValidationOptions withPadShortRecords(boolean on) {
    return new ValidationOptions(on, trimTrailingSpaces, splitUnbrokenFile, skipBlankLines, allowShortLastBlock,
        allowCustomReturnCodes, bypassDestinationValidation);
  }

  public ValidationOptions withTrimTrailingSpaces(boolean on) {
    return new ValidationOptions(padShortRecords, on, splitUnbrokenFile, skipBlankLines, allowShortLastBlock,
        allowCustomReturnCodes, bypassDestinationValidation);
  }

  public ValidationOptions withSplitUnbrokenFile(boolean on) {
    return new ValidationOptions(padShortRecords, trimTrailingSpaces, on, skipBlankLines, allowShortLastBlock,
        allowCustomReturnCodes, bypassDestinationValidation);
  }

  public ValidationOptions withSkipBlankLines(boolean on) {
    return new ValidationOptions(padShortRecords, trimTrailingSpaces, splitUnbrokenFile, on, allowShortLastBlock,
        allowCustomReturnCodes, bypassDestinationValidation);
  }

  public ValidationOptions withAllowShortLastBlock(boolean on) {
    return new ValidationOptions(padShortRecords, trimTrailingSpaces, splitUnbrokenFile, skipBlankLines, on,
        allowCustomReturnCodes, bypassDestinationValidation);
  }

  public ValidationOptions withAllowCustomReturnCodes(boolean on) {
    return new ValidationOptions(padShortRecords, trimTrailingSpaces, splitUnbrokenFile, skipBlankLines,
        allowShortLastBlock, on, bypassDestinationValidation);
  }

  public ValidationOptions withBypassDestinationValidation(boolean on) {
    return new ValidationOptions(padShortRecords, trimTrailingSpaces, splitUnbrokenFile, skipBlankLines,
        allowShortLastBlock, allowCustomReturnCodes, on);
  }
}
