package vn.hailong.api.support;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;

/**
 * Bounds how many expensive jobs of one kind (BCrypt checks, chart renders) run at once, so that a
 * burst of them cannot take every core or every megabyte from ingestion. A job beyond the bound
 * waits up to {@code wait}, then is answered 503 busy with Retry-After.
 */
public final class WorkGate {
  private final String what;
  private final Semaphore permits;
  private final Duration wait;

  /**
   * @param what names the work in the problem's detail, Vietnamese then English
   * @param concurrency jobs at once; 0 or less: one per core
   */
  public WorkGate(String what, int concurrency, Duration wait) {
    this.what = what;
    this.permits =
        new Semaphore(
            concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors(), true);
    this.wait = wait;
  }

  public <T> T run(Supplier<T> job) {
    boolean acquired;
    try {
      acquired = permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      throw Problem.retryLater(
          ProblemType.BUSY, "Máy chủ đang bận (" + what + "), xin thử lại sau giây lát", 1);
    }
    try {
      return job.get();
    } finally {
      permits.release();
    }
  }
}
