package io.corebank.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class GroupCommitTest {

  static AuthorizationRequest request(int n) {
    return new AuthorizationRequest("R" + n, "41111111111" + String.format("%05d", n), "2912", 1_00, "USD", "5411", "M", "SHOP", "USA", "05");
  }

  static AuthorizationReply reply(AuthorizationRequest r, String how) {
    return new AuthorizationReply(r.requestId(), "00", how, 1_00, "A", 1L, 0L, "1111", false, false);
  }

  @Test
  void requestsThatArriveWhileAGroupIsWithTheDatabaseGoTogetherAndEachGetsItsOwnAnswer() throws Exception {
    AtomicInteger largestGroup = new AtomicInteger();
    AtomicInteger groups = new AtomicInteger();
    GroupCommit commit = new GroupCommit(requests -> {
      groups.incrementAndGet();
      largestGroup.accumulateAndGet(requests.size(), Math::max);
      sleep(5); // the database's time
      return requests.stream().map(r -> reply(r, "group")).toList();
    }, r -> reply(r, "alone"), 16, 1);
    ExecutorService clients = Executors.newFixedThreadPool(16);
    List<Future<AuthorizationReply>> answers = new ArrayList<>();
    for (int i = 0; i < 160; i++) {
      AuthorizationRequest r = request(i);
      answers.add(clients.submit(() -> commit.authorize(r)));
    }
    for (int i = 0; i < answers.size(); i++) {
      AuthorizationReply a = answers.get(i).get(30, TimeUnit.SECONDS);
      assertThat(a.requestId()).isEqualTo("R" + i);
      assertThat(a.reason()).isEqualTo("group");
    }
    clients.shutdown();
    commit.close();
    assertThat(largestGroup.get()).isGreaterThan(1).isLessThanOrEqualTo(16);
    assertThat(groups.get()).isLessThan(160);
  }

  @Test
  void aGroupThatFailsIsAnsweredOneAtATimeAndAnUnreachableDatabaseFailsEveryRequest() {
    GroupCommit failing = new GroupCommit(requests -> {
      throw new IllegalStateException("one bad request spoils the group");
    }, r -> {
      if (r.requestId().equals("R2")) throw new IllegalArgumentException("R2 is bad on its own too");
      return reply(r, "alone");
    }, 8, 1);
    assertThat(failing.authorize(request(1)).reason()).isEqualTo("alone");
    assertThatThrownBy(() -> failing.authorize(request(2))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R2");
    failing.close();

    AtomicInteger alone = new AtomicInteger();
    GroupCommit unreachable = new GroupCommit(requests -> {
      throw new DataAccessResourceFailureException("connection refused");
    }, r -> {
      alone.incrementAndGet();
      return reply(r, "alone");
    }, 8, 1);
    // the caller stands in at once: no second try of each request against a database that is not there
    assertThatThrownBy(() -> unreachable.authorize(request(3))).isInstanceOf(DataAccessResourceFailureException.class);
    assertThat(alone.get()).isZero();
    unreachable.close();
    assertThatThrownBy(() -> unreachable.authorize(request(4))).hasMessageContaining("stopping");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
