package io.corebank.nacha.layout;

import io.corebank.nacha.AchRecord;
import io.corebank.nacha.Addenda02;
import io.corebank.nacha.Addenda05;
import io.corebank.nacha.Addenda10;
import io.corebank.nacha.Addenda11;
import io.corebank.nacha.Addenda12;
import io.corebank.nacha.Addenda13;
import io.corebank.nacha.Addenda14;
import io.corebank.nacha.Addenda15;
import io.corebank.nacha.Addenda16;
import io.corebank.nacha.Addenda17;
import io.corebank.nacha.Addenda18;
import io.corebank.nacha.Addenda98;
import io.corebank.nacha.Addenda99;
import io.corebank.nacha.Addenda99Contested;
import io.corebank.nacha.Addenda99Dishonored;
import io.corebank.nacha.AdvBatchControl;
import io.corebank.nacha.AdvEntryDetail;
import io.corebank.nacha.AdvFileControl;
import io.corebank.nacha.BatchControl;
import io.corebank.nacha.BatchHeader;
import io.corebank.nacha.BlockPadding;
import io.corebank.nacha.EntryDetail;
import io.corebank.nacha.FileControl;
import io.corebank.nacha.FileHeader;
import io.corebank.nacha.IatBatchHeader;
import io.corebank.nacha.IatEntryDetail;
import io.corebank.nacha.layout.RecordLayout.Identifier;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Every record layout, in the order a BeanIO stream should try them: a layout with a more specific
 * identifier comes before the general one sharing its record type code.
 */
public final class RecordLayouts {

  private static final String BLANK = " ".repeat(AchRecord.LENGTH);

  private RecordLayouts() {
  }

  public static List<RecordLayout> all() {
    return List.of(
        layout("NACHA-FILE-HEADER", "FH", "fileHeader", "file header (1)", FileHeader::parse, type("1")),
        layout("NACHA-IAT-BATCH-HEADER", "IBH", "iatBatchHeader", "batch header (5), IAT",
            IatBatchHeader::parse, type("5"), new Identifier("standardEntryClassCode", "IAT", false)),
        layout("NACHA-BATCH-HEADER", "BH", "batchHeader", "batch header (5), domestic and ADV",
            BatchHeader::parse, type("5")),
        layout("NACHA-ADV-ENTRY-DETAIL", "AED", "advEntryDetail", "entry detail (6), ADV",
            AdvEntryDetail::parse, type("6"), new Identifier("transactionCode", "8[1-8]", true)),
        layout("NACHA-IAT-ENTRY-DETAIL", "IED", "iatEntryDetail",
            "entry detail (6), IAT: identified by its batch, not its content", IatEntryDetail::parse,
            type("6"), new Identifier("reserved1", " {13}", true)),
        layout("NACHA-ENTRY-DETAIL", "ED", "entryDetail", "entry detail (6), domestic", EntryDetail::parse,
            type("6")),
        addenda("02", Addenda02::parse, "POS/SHR/MTE terminal data"),
        addenda("05", Addenda05::parse, "payment related information"),
        addenda("10", Addenda10::parse, "IAT receiver and amount"),
        addenda("11", Addenda11::parse, "IAT originator name and address"),
        addenda("12", Addenda12::parse, "IAT originator city and country"),
        addenda("13", Addenda13::parse, "IAT originating DFI"),
        addenda("14", Addenda14::parse, "IAT receiving DFI"),
        addenda("15", Addenda15::parse, "IAT receiver identification and address"),
        addenda("16", Addenda16::parse, "IAT receiver city and country"),
        addenda("17", Addenda17::parse, "IAT payment related information"),
        addenda("18", Addenda18::parse, "IAT foreign correspondent bank"),
        addenda("98", Addenda98::parse, "notification of change"),
        layout("NACHA-ADDENDA-99-DISHONORED", "A99D", "addenda99Dishonored", "addenda (7) 99, dishonored return",
            Addenda99Dishonored::parse, type("7"), new Identifier("addendaTypeCode", "99", false),
            new Identifier("dishonoredReturnReasonCode", "R6[127-9]|R70", true)),
        layout("NACHA-ADDENDA-99-CONTESTED", "A99C", "addenda99Contested",
            "addenda (7) 99, contested dishonored return", Addenda99Contested::parse, type("7"),
            new Identifier("addendaTypeCode", "99", false),
            new Identifier("contestedReturnCode", "R7[1-7]", true)),
        layout("NACHA-ADDENDA-99", "A99", "addenda99", "addenda (7) 99, return", Addenda99::parse, type("7"),
            new Identifier("addendaTypeCode", "99", false)),
        layout("NACHA-ADV-BATCH-CONTROL", "ABC", "advBatchControl", "batch control (8), ADV",
            AdvBatchControl::parse, type("8"), new Identifier("serviceClassCode", "280", false)),
        layout("NACHA-BATCH-CONTROL", "BC", "batchControl", "batch control (8)", BatchControl::parse, type("8")),
        layout("NACHA-BLOCK-PADDING", "PAD", "blockPadding", "block padding (all nines)", BlockPadding::parse,
            new Identifier("filler", "9{94}", true)),
        layout("NACHA-ADV-FILE-CONTROL", "AFC", "advFileControl",
            "file control (9), ADV: identified by its file, not its content", AdvFileControl::parse,
            type("9"), new Identifier("reserved", " {23}", true)),
        layout("NACHA-FILE-CONTROL", "FC", "fileControl", "file control (9)", FileControl::parse, type("9")));
  }

  private static Identifier type(String code) {
    return new Identifier("recordTypeCode", code, false);
  }

  private static RecordLayout addenda(String typeCode, BiFunction<String, Integer, AchRecord> parser,
                    String description) {
    return layout("NACHA-ADDENDA-" + typeCode, "A" + typeCode, "addenda" + typeCode,
        "addenda (7) " + typeCode + ", " + description, parser, type("7"),
        new Identifier("addendaTypeCode", typeCode, false));
  }

  private static RecordLayout layout(String cobolName, String prefix, String beanIoName, String description,
                     BiFunction<String, Integer, AchRecord> parser, Identifier... identifiers) {
    return new RecordLayout(cobolName, prefix, beanIoName, description, parser.apply(BLANK, 0).fields(),
        List.of(identifiers));
  }
}
