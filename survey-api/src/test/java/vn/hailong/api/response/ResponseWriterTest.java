package vn.hailong.api.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

/** A writer that does not answer in time: the request gets 503 "try again", not a hang. */
@MicronautTest(transactional = false)
@Property(name = "hailong.ingest.timeout", value = "300ms")
@Property(name = "hailong.test.stuck-writer", value = "true")
class ResponseWriterTest {
  @Inject Api api;
  @Inject Database db;
  @Inject StuckGroupCommit stuck;

  /** A group commit that hangs until released, as on a database that stopped answering. */
  @Singleton
  @Replaces(GroupCommit.class)
  @Requires(property = "hailong.test.stuck-writer", value = "true")
  static class StuckGroupCommit extends GroupCommit {
    final CountDownLatch release = new CountDownLatch(1);

    StuckGroupCommit(
        ResponseStore store,
        BurstGuard burstGuard,
        TransactionOperations<Connection> transactions) {
      super(store, burstGuard, transactions);
    }

    @Override
    void write(List<PendingResponse> group) {
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      super.write(group);
    }
  }

  @AfterEach
  void unstick() {
    stuck.release.countDown();
  }

  @Test
  void aStuckWriterAnswers503TryAgainAndTheRetryIsCountedOnce() throws Exception {
    db.clearResponses();
    Map<String, Object> rating =
        Ratings.web("khanh-hoa.p-bac-nha-trang", "2025-09-01T08:00:00+07:00");

    Api.Reply reply = api.post("/api/v1/responses", rating);

    assertEquals(503, reply.status(), reply.toString());
    assertTrue(reply.isProblem(), reply.toString());
    assertTrue(reply.text("title").contains("thử lại"), reply.text("title"));
    assertEquals("2", reply.retryAfter());

    // the writer had taken the rating before the request gave up: it is stored once released
    stuck.release.countDown();
    Api.Reply retry = api.post("/api/v1/responses", rating);
    assertEquals(200, retry.status(), retry.toString());
    assertEquals(1, db.responses());
    assertEquals(6, db.rollupTotal());
  }
}
