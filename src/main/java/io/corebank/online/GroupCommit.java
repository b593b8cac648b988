package io.corebank.online;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Group commit for card authorizations: the requests that arrive while a group is with the database wait
 * together and go in the next group, one transaction and one durable write for all of them, each with its
 * own answer and its own records (see {@link Authorizations#authorizeAll}). Nothing is held back on purpose:
 * at low load a group is a single request, under load groups grow by themselves, up to {@code maxGroup}.
 *
 * <p>A few committer threads take groups side by side, each with its own queue; a card always goes to the same
 * one (by its number's hash), so its velocity is counted by one thread in order and never by two groups at
 * once. They cannot deadlock: a group locks balance rows only in the ledger's one ascending order. When a group fails for any reason but the database being
 * unreachable, its requests are answered one at a time instead, so one bad request never fails the others;
 * when the database is unreachable, every request of the group gets that failure, and the caller stands in.
 */
final class GroupCommit implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
  static final long ANSWER_TIMEOUT_MS = 60_000;

  private record Pending(AuthorizationRequest request, CompletableFuture<AuthorizationReply> answer) {}

  private final List<BlockingQueue<Pending>> queues = new ArrayList<>();
  private final Function<List<AuthorizationRequest>, List<AuthorizationReply>> group;
  private final Function<AuthorizationRequest, AuthorizationReply> alone;
  private final int maxGroup;
  private final List<Thread> committers = new ArrayList<>();
  private volatile boolean closed;

  GroupCommit(Function<List<AuthorizationRequest>, List<AuthorizationReply>> group, Function<AuthorizationRequest, AuthorizationReply> alone,
      int maxGroup, int threads) {
    if (maxGroup < 2 || threads < 1) throw new IllegalArgumentException("a group commit needs groups of 2 or more and a thread");
    this.group = group;
    this.alone = alone;
    this.maxGroup = maxGroup;
    for (int t = 0; t < threads; t++) {
      BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
      queues.add(queue);
      Thread committer = new Thread(() -> commitGroups(queue), "authorization-group-" + (t + 1));
      committer.setDaemon(true);
      committer.start();
      committers.add(committer);
    }
  }

  /** Answers one request with its group; blocks until the group's transaction has committed. */
  AuthorizationReply authorize(AuthorizationRequest request) {
    if (closed) throw new IllegalStateException("authorizations are stopping");
    CompletableFuture<AuthorizationReply> answer = new CompletableFuture<>();
    queues.get(Math.floorMod(request.pan().hashCode(), queues.size())).add(new Pending(request, answer));
    try {
      return answer.get(ANSWER_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while authorization " + request.requestId() + " was with the database", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("authorization " + request.requestId() + " got no answer in " + ANSWER_TIMEOUT_MS + " ms", e);
    }
  }

  private void commitGroups(BlockingQueue<Pending> queue) {
    List<Pending> pending = new ArrayList<>(maxGroup);
    while (!closed) {
      try {
        Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) continue;
        pending.add(first);
        queue.drainTo(pending, maxGroup - 1);
        commit(pending);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException | Error e) {
        // never leave a caller waiting: whatever escaped is its answer
        for (Pending p : pending) p.answer().completeExceptionally(e);
        log.error("authorization group failed unexpectedly", e);
      } finally {
        pending.clear();
      }
    }
  }

  private void commit(List<Pending> pending) {
    List<AuthorizationRequest> requests = new ArrayList<>(pending.size());
    for (Pending p : pending) requests.add(p.request());
    List<AuthorizationReply> replies;
    try {
      replies = group.apply(requests);
    } catch (DataAccessResourceFailureException | CannotCreateTransactionException unreachable) {
      for (Pending p : pending) p.answer().completeExceptionally(unreachable);
      return;
    } catch (RuntimeException e) {
      if (pending.size() > 1) {
        log.warn("authorization group of {} failed ({}); answering its requests one at a time", pending.size(), e.toString());
      }
      for (Pending p : pending) {
        try {
          p.answer().complete(alone.apply(p.request()));
        } catch (RuntimeException alsoAlone) {
          p.answer().completeExceptionally(alsoAlone);
        }
      }
      return;
    }
    for (int i = 0; i < pending.size(); i++) pending.get(i).answer().complete(replies.get(i));
  }

  @Override
  public void close() {
    closed = true;
    for (Thread t : committers) t.interrupt();
    for (BlockingQueue<Pending> queue : queues) {
      for (Pending p; (p = queue.poll()) != null; ) p.answer().completeExceptionally(new IllegalStateException("authorizations are stopping"));
    }
  }
}
