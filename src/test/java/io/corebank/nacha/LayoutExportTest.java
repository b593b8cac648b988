package io.corebank.nacha;

import io.corebank.copybook.BeanIoMappingCheck;
import io.corebank.copybook.CompileOptions;
import io.corebank.copybook.CopybookCompiler;
import io.corebank.copybook.Layout;
import io.corebank.nacha.layout.LayoutExport;
import io.corebank.nacha.layout.RecordLayout;
import io.corebank.nacha.layout.RecordLayouts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed copybook and BeanIO mapping are exactly what the field tables generate, and agree
 * with each other field by field once the copybook is compiled.
 */
class LayoutExportTest {

  @Test
  void everyLayoutCoversPositions1To94WithoutGaps() {
    for (RecordLayout layout : RecordLayouts.all()) {
      int next = 1;
      for (Field field : layout.fields()) {
        assertEquals(next, field.start(), layout.beanIoName() + "." + field.name());
        next = field.end() + 1;
      }
      assertEquals(95, next, layout.beanIoName());
      assertEquals(94, layout.length());
    }
  }

  @Test
  void copybookNamesAreUniqueAndFitCobolLimits() {
    for (RecordLayout layout : RecordLayouts.all()) {
      Set<String> names = new HashSet<>();
      for (Field field : layout.fields()) {
        String name = layout.cobolFieldName(field);
        assertTrue(name.length() <= 30, name);
        assertTrue(names.add(name), "duplicate " + name);
      }
    }
    for (String line : LayoutExport.copybook().split("\n")) {
      assertTrue(line.length() <= 72, line);
    }
  }

  @Test
  void committedFilesAreCurrent() throws IOException {
    assertEquals(LayoutExport.copybook(), Files.readString(Path.of(LayoutExport.COPYBOOK)));
    assertEquals(LayoutExport.beanIoMapping(), Files.readString(Path.of(LayoutExport.BEANIO_MAPPING)));
  }

  /** The compiled copybook's 01 records and the mapping's records, in order, have fields at the same offsets and lengths. */
  @Test
  void beanIoMappingAgreesWithTheCompiledCopybookFieldByField() {
    Layout layout = CopybookCompiler.compile(Path.of(LayoutExport.COPYBOOK), CompileOptions.defaults());
    List<String> recordPaths = layout.redefinesSets().get(0).alternativePaths();
    List<BeanIoMappingCheck.MappedRecord> records = BeanIoMappingCheck.records(Path.of(LayoutExport.BEANIO_MAPPING));
    assertEquals(recordPaths.size(), records.size());
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      differences.addAll(BeanIoMappingCheck.differences(records.get(i),
          BeanIoMappingCheck.copybookFields(layout, recordPaths.get(i), Set.of(recordPaths.get(i))), null));
    }
    assertEquals(List.of(), differences);
  }
}
