package io.corebank.demo;

import io.corebank.account.AccountService;
import io.corebank.account.CustomerAccount;
import io.corebank.ach.AchDropbox;
import io.corebank.ach.AchInbound;
import io.corebank.ach.AchSettings;
import io.corebank.ach.PayrollFiles;
import io.corebank.product.ProductKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.stereotype.Service;

/**
 * The demo day's ACH step: an employer's bank drops a payroll file for the demo bank's customers into the
 * ACH inbound directory (with a few bad items: an unknown account, a malformed account number and a
 * certificate of deposit), it is ingested and posted, and the return file for the bad items is written.
 */
@Service
public class DemoPayroll {
  /** The employer's bank (a valid routing number other than ours). */
  static final String EMPLOYER_BANK = "231380104";
  static final int EMPLOYEES = 200;

  private final AccountService accounts;
  private final AchInbound inbound;
  private final AchSettings settings;
  private final AchDropbox dropbox;

  public DemoPayroll(AccountService accounts, AchInbound inbound, AchSettings settings, AchDropbox dropbox) {
    this.dropbox = dropbox;
    this.accounts = accounts;
    this.inbound = inbound;
    this.settings = settings;
  }

  /** Drops the day's payroll file into the ACH inbound directory and processes it (it ends in the archive). */
  public AchInbound.IngestReport run(LocalDate businessDate, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ businessDate.toEpochDay());
    List<PayrollFiles.Payment> payments = new ArrayList<>();
    String cd = null;
    for (CustomerAccount a : accounts.activeCustomerAccounts()) {
      if (a.kind() == ProductKind.CHECKING && payments.size() < EMPLOYEES) {
        payments.add(new PayrollFiles.Payment(a.accountNumber(), "EMPLOYEE " + a.customerId(), 1_500_00 + random.nextInt(250_000)));
      }
      if (a.kind() == ProductKind.CERTIFICATE && cd == null) cd = a.accountNumber();
    }
    payments.add(new PayrollFiles.Payment("999999999", "GONE AWAY", 2_000_00));      // R03 no such account
    payments.add(new PayrollFiles.Payment("12-34#56", "TYPO IN ACCOUNT", 2_100_00)); // R04 invalid account number
    if (cd != null) payments.add(new PayrollFiles.Payment(cd, "SAVER ON CD", 2_200_00)); // R20 non-transaction account
    try {
      String name = "PAYROLL-" + businessDate + ".ach";
      Path staged = Files.createTempFile(Files.createDirectories(settings.directory()), name, ".part");
      PayrollFiles.write(staged, EMPLOYER_BANK, settings.routingNumber(), "DEMO EMPLOYER", businessDate, 'A', payments.iterator());
      // the day run again (after a crash): its payroll was processed already, report that file
      Optional<AchInbound.ProcessedFile> done = inbound.processedWithSameContent(staged);
      if (done.isPresent()) {
        Files.delete(staged);
        return inbound.report(done.get().fileId(), Path.of(done.get().fileName()));
      }
      // dropped as the employer's bank would: the file, then its .done marker; the dropbox takes it from there
      Path inboundDir = Files.createDirectories(settings.directory().resolve("inbound"));
      Path file = inboundDir.resolve(name);
      Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Files.writeString(inboundDir.resolve(name + ".done"), "");
      AchDropbox.Drain drain = dropbox.drainOnce();
      return drain.outcomes().stream().filter(o -> o.name().equals(name)).findFirst()
          .flatMap(AchDropbox.Outcome::report)
          .orElseThrow(() -> new IllegalStateException("the demo payroll file " + name + " was not processed: " + drain));
    } catch (IOException e) {
      throw new UncheckedIOException("demo payroll file", e);
    }
  }
}
