package io.corebank.nacha;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file of expectations.csv gets its expected outcome under default options. For rejected files,
 * expectations-rules.csv translates the CSV's description into the line, rule and field that must be
 * reported; the report's first violation must be the earliest by line.
 */
class ExpectationsTest {

  static Stream<Arguments> expectations() throws IOException {
    Map<String, String> rules = new HashMap<>();
    for (CSVRecord row : csv("expectations-rules.csv")) {
      rules.put(row.get(0), row.get(1));
    }
    List<Arguments> arguments = new ArrayList<>();
    for (CSVRecord row : csv("expectations.csv")) {
      arguments.add(Arguments.of(row.get("file"), row.get("expected"), row.get("what it exercises"),
          rules.getOrDefault(row.get("file"), "")));
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("expectations")
  void fileGetsItsExpectedOutcome(String file, String expected, String description, String requiredViolations)
      throws IOException {
    ValidationReport report = validate(file, ValidationOptions.defaults());
    assertEquals(expected, report.accepted() ? "accept" : "reject", () -> description + "\n" + report.summary());
    if (report.rejected()) {
      assertTrue(!requiredViolations.isBlank(), "expectations-rules.csv lacks " + file);
      for (String required : requiredViolations.split(" ")) {
        String[] parts = required.split(":");
        int line = Integer.parseInt(parts[0]);
        Rule rule = Rule.valueOf(parts[1]);
        assertTrue(report.violations().stream().anyMatch(v -> v.lineNumber() == line && v.rule() == rule
                && v.field().equals(parts[2])),
            () -> description + ": expected " + required + " in\n" + report.summary());
      }
      int firstLine = report.violations().stream().mapToInt(Violation::lineNumber).min().orElseThrow();
      assertEquals(firstLine, report.firstViolation().orElseThrow().lineNumber());
    }
  }

  @Test
  void customReturnCodesAreAcceptedOnlyWhenConfigured() throws IOException {
    String file = "test/testdata/return-PPD-custom-reason-code.ach";
    assertTrue(validate(file, ValidationOptions.defaults()).rejected());
    ValidationReport report = validate(file, ValidationOptions.defaults().withAllowCustomReturnCodes(true));
    assertTrue(report.accepted(), report::summary);
  }

  @Test
  void nonRoutingDestinationIsAcceptedOnlyWhenBypassed() throws IOException {
    String file = "test/issues/testdata/issue702.ach";
    assertTrue(validate(file, ValidationOptions.defaults()).rejected());
    ValidationReport report = validate(file, ValidationOptions.defaults().withBypassDestinationValidation(true));
    assertTrue(report.accepted(), report::summary);
  }

  private static ValidationReport validate(String file, ValidationOptions options) throws IOException {
    try (InputStream in = TestFiles.open(file)) {
      return NachaValidator.validate(in, options);
    }
  }

  private static List<CSVRecord> csv(String name) throws IOException {
    try (Reader reader = new InputStreamReader(TestFiles.open(name), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }
}
