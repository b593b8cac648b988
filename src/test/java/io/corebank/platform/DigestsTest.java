package io.corebank.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class DigestsTest {
  @Test
  void sha256OfTextIsTheStandardVector() {
    // FIPS 180-2 test vectors
    assertThat(Digests.sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Digests.sha256Hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void aDigestLeftHalfUsedDoesNotLeakIntoTheNextAndThreadsDoNotMix() throws Exception {
    assertThat(Digests.sha256Hex("abc")).isEqualTo(Digests.sha256Hex("abc"));
    assertThat(Digests.sha256(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)), "abc"))
        .isEqualTo(Digests.sha256Hex("abc"));
    ConcurrentHashMap<String, String> results = new ConcurrentHashMap<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        for (int i = 0; i < 2_000; i++) {
          String text = "request|" + i;
          String hash = Digests.sha256Hex(text);
          String earlier = results.putIfAbsent(text, hash);
          if (earlier != null && !earlier.equals(hash)) results.put("MISMATCH " + text, hash);
        }
      });
      threads.add(thread);
      thread.start();
    }
    start.countDown();
    for (Thread thread : threads) thread.join();
    assertThat(results.keySet()).noneMatch(k -> k.startsWith("MISMATCH"));
    assertThat(results).hasSize(2_000);
  }
}
