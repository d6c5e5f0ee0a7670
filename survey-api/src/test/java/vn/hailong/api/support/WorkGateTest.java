package vn.hailong.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;

/** The bound is checked with latches: jobs are held inside the gate, never timed. */
class WorkGateTest {

  @Test
  void aJobBeyondTheBoundIsBusyWithRetryAfterAndRunsOnceAPermitIsFree() throws Exception {
    WorkGate gate = new WorkGate("thử / test", 2, Duration.ZERO);
    CountDownLatch inside = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> first = pool.submit(() -> gate.run(() -> hold(inside, release)));
      Future<String> second = pool.submit(() -> gate.run(() -> hold(inside, release)));
      inside.await();

      Problem busy = assertThrows(Problem.class, () -> gate.run(() -> "third"));

      assertEquals(ProblemType.BUSY, busy.type());
      assertEquals(503, busy.status().getCode());
      assertEquals(1, busy.retryAfterSeconds());
      release.countDown();
      assertEquals("held", first.get());
      assertEquals("held", second.get());
      assertEquals("after", gate.run(() -> "after"), "the permits came back");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailingJobGivesItsPermitBack() {
    WorkGate gate = new WorkGate("thử / test", 1, Duration.ZERO);

    assertThrows(
        IllegalStateException.class,
        () ->
            gate.run(
                () -> {
                  throw new IllegalStateException("boom");
                }));

    assertEquals("ok", gate.run(() -> "ok"));
  }

  private static String hold(CountDownLatch inside, CountDownLatch release) {
    inside.countDown();
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "held";
  }
}
