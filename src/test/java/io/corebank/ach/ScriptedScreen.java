package io.corebank.ach;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The real OFAC screen, which a test can tell to die once on a name (a crash in the middle of a file) or to
 * wait on a name until released (an ingest in flight when the process is told to stop).
 */
@TestConfiguration
public class ScriptedScreen {
  static final AtomicReference<String> crashOn = new AtomicReference<>();
  static final AtomicReference<String> pauseOn = new AtomicReference<>();
  static volatile CountDownLatch paused = new CountDownLatch(1);
  static volatile CountDownLatch release = new CountDownLatch(1);

  static void crashOn(String name) {
    crashOn.set(name);
  }

  /** Screening {@code name} will wait until {@link #release()}; {@link #awaitPaused()} waits for it to get there. */
  static void pauseOn(String name) {
    paused = new CountDownLatch(1);
    release = new CountDownLatch(1);
    pauseOn.set(name);
  }

  static void awaitPaused() throws InterruptedException {
    if (!paused.await(20, TimeUnit.SECONDS)) throw new AssertionError("the ingest never reached the paused name");
  }

  static void release() {
    release.countDown();
  }

  @Bean
  @Primary
  NameScreen scriptedScreen(SdnNameScreen real) {
    return name -> {
      String n = name.strip();
      String crash = crashOn.get();
      if (n.equals(crash) && crashOn.compareAndSet(crash, null)) throw new IllegalStateException("simulated crash");
      String pause = pauseOn.get();
      if (n.equals(pause) && pauseOn.compareAndSet(pause, null)) {
        paused.countDown();
        try {
          if (!release.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while paused", e);
        }
      }
      return real.match(name);
    };
  }
}
