package vn.hailong.api.response;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of ratings on this node: group commit. A rating's own work in the database is
 * small next to a durable commit (an fsync) and the round trips around it: one transaction per
 * rating reaches about 2,600 ratings/s from 16 connections, one writer committing 100 ratings per
 * transaction about 11,700/s (docs/decisions.md; this machine's figures in docs/benchmarks.md). So
 * requests do not write: each hands its validated rating to a queue and waits for the answer. This
 * writer takes whatever queued up while it was committing, up to {@code hailong.ingest.batch-size}
 * ratings, stores them in one transaction ({@link GroupCommit}) and answers each request. Under
 * light load a group is a single rating and nothing waits longer than before; under heavy load the
 * groups grow and the commits stay few. One writer, not several: a kiosk's ratings are then stored
 * in order (the burst check reads the previous one), and two writers measured no faster.
 *
 * <p>{@code hailong.ingest.linger} (default 0) makes the writer wait that long for more ratings
 * before committing a group that is not full. A request waits at most {@code
 * hailong.ingest.timeout} (10 s) and is then answered 503 "try again"; its rating may still be
 * stored, and the retry is then an identical copy (200). With a full queue: 503 at once.
 */
@Context // started with the application, so that a wrong setting stops it at once
public class ResponseWriter {
  private static final Logger LOG = LoggerFactory.getLogger(ResponseWriter.class);
  private static final int QUEUED_GROUPS = 20;

  private final GroupCommit groupCommit;
  private final int batchSize;
  private final long lingerNanos;
  private final Duration timeout;
  private final BlockingQueue<PendingResponse> queue;
  private final Thread thread = new Thread(this::drain, "hailong-response-writer");
  private volatile boolean running;

  ResponseWriter(GroupCommit groupCommit, IngestSettings settings) {
    this.groupCommit = groupCommit;
    this.batchSize = settings.batchSize();
    this.lingerNanos = settings.linger().toNanos();
    this.timeout = settings.timeout();
    this.queue = new ArrayBlockingQueue<>(batchSize * QUEUED_GROUPS);
    thread.setDaemon(true);
  }

  /** The writer is busy or stopping: the request is answered 503 and may be sent again. */
  public static final class Busy extends RuntimeException {
    Busy(String message) {
      super(message, null, false, false);
    }
  }

  @PostConstruct
  void start() {
    running = true;
    thread.start();
  }

  /** Stores what is queued, then stops; ratings offered from now on are refused with 503. */
  @PreDestroy
  void stop() throws InterruptedException {
    running = false;
    thread.join(timeout.toMillis() + 1000);
    if (thread.isAlive()) {
      LOG.warn(
          "The response writer did not stop within {}; {} ratings left", timeout, queue.size());
    }
  }

  /**
   * Stores the rating through the queue and returns its answer.
   *
   * @throws vn.hailong.api.problem.Problem 409 when the id or the receipt was used before
   * @throws Busy when the queue is full or the answer did not come within the timeout
   */
  ResponseService.Accepted write(
      Submission submission,
      @Nullable Long kioskId,
      @Nullable String enteredBy,
      Instant receivedAt) {
    var pending = new PendingResponse(submission, kioskId, enteredBy, receivedAt);
    if (!running || !queue.offer(pending)) {
      throw new Busy("The queue of ratings to store is full (" + queue.size() + ")");
    }
    try {
      return pending.outcome().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.outcome().cancel(false); // the writer skips it unless it is storing it already
      throw new Busy("No answer from the response writer within " + timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pending.outcome().cancel(false);
      throw new Busy("Interrupted while waiting for the response writer");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException("Could not store response " + submission.id(), e.getCause());
    }
  }

  private void drain() {
    List<PendingResponse> group = new ArrayList<>(batchSize);
    while (true) {
      try {
        PendingResponse first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          if (!running) {
            return;
          }
          continue;
        }
        group.add(first);
        queue.drainTo(group, batchSize - 1);
        linger(group);
        group.removeIf(pending -> pending.outcome().isDone()); // their requests gave up
        if (!group.isEmpty()) {
          long start = System.nanoTime();
          groupCommit.write(group);
          LOG.debug(
              "Stored a group of {} in {} µs", group.size(), (System.nanoTime() - start) / 1000);
        }
      } catch (InterruptedException e) {
        LOG.warn("The response writer was interrupted; it goes on until stopped");
      } catch (RuntimeException | Error e) {
        LOG.error("The response writer failed on a group of {} ratings", group.size(), e);
        group.forEach(pending -> pending.outcome().completeExceptionally(e));
      } finally {
        group.clear();
      }
    }
  }

  /** Waits up to the linger time for the group to fill. */
  private void linger(List<PendingResponse> group) throws InterruptedException {
    long deadline = System.nanoTime() + lingerNanos;
    while (group.size() < batchSize) {
      long left = deadline - System.nanoTime();
      PendingResponse next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
      if (next == null) {
        return;
      }
      group.add(next);
      queue.drainTo(group, batchSize - group.size());
    }
  }
}
