package io.corebank.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessorProcessTest {
  @TempDir Path work;

  @Test
  void theChildIsThisProgramAgain() {
    // under Maven the class path has many entries: the CLI's class is named; from the jar it would be -jar
    assertThat(ProcessorProcess.javaCommand()).contains("-cp", CorebankCli.class.getName()).doesNotContain("-jar");
  }

  @Test
  void aProcessorThatCannotStartIsReportedWithWhatItPrinted() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    // no database listens there: serve stops at once, and the error carries its last lines
    assertThatThrownBy(() -> ProcessorProcess.start("jdbc:postgresql://127.0.0.1:" + closedPort + "/postgres?user=postgres",
        work.resolve("processor"), closedPort, Map.of("spring.datasource.hikari.connection-timeout", 2_000)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the processor (corebank serve) did not start")
        .hasMessageContaining(String.valueOf(closedPort));
  }
}
