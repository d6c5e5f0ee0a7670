package vn.hailong.api.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

@MicronautTest
class ResponseIngestionTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String VINH_PHUOC = "khanh-hoa.tp-nha-trang.p-vinh-phuoc";

  @Inject Api api;
  @Inject Database db;

  @BeforeEach
  void empty() {
    db.clearResponses();
  }

  @Test
  void aRatingIsStoredAndRolledUpOnItsLocalDay() {
    Map<String, Object> rating = Ratings.web(BAC_NHA_TRANG, "2025-07-02T09:15:00+07:00");
    rating.put("answers", Map.of("ACCESS", 5, "PROCEDURES", 2, "STAFF.1", 4));
    rating.put("comment", "Cán bộ rất nhiệt tình, nhưng phải chờ lâu.");

    Api.Reply reply = api.post("/api/v1/responses", rating);

    assertEquals(201, reply.status(), reply.toString());
    assertEquals(rating.get("id"), reply.text("id"));
    assertEquals(1, db.responses());
    assertEquals(3, db.answers());
    LocalDate day = LocalDate.of(2025, 7, 2);
    assertEquals(1, db.rollup(BAC_NHA_TRANG, "ACCESS", day, 5));
    assertEquals(1, db.rollup(BAC_NHA_TRANG, "PROCEDURES", day, 2));
    assertEquals(1, db.rollup(BAC_NHA_TRANG, "STAFF.1", day, 4));
    assertEquals(3, db.rollupTotal());
    assertEquals(
        "Cán bộ rất nhiệt tình, nhưng phải chờ lâu.",
        db.text("SELECT comment FROM response WHERE id = ?", rating.get("id")));
  }

  @Test
  void notApplicableIsCountedApart() {
    Map<String, Object> rating = Ratings.web(BAC_NHA_TRANG, "2025-08-01T10:00:00+07:00");
    var answers = new java.util.HashMap<String, Object>();
    answers.put("FEEDBACK", null);
    answers.put("ACCESS", 3);
    rating.put("answers", answers);

    assertEquals(201, api.post("/api/v1/responses", rating).status());

    LocalDate day = LocalDate.of(2025, 8, 1);
    assertEquals(1, db.rollup(BAC_NHA_TRANG, "FEEDBACK", day, 0));
    assertEquals(0, db.rollup(BAC_NHA_TRANG, "FEEDBACK", day, 3));
    assertEquals(1, db.rollup(BAC_NHA_TRANG, "ACCESS", day, 3));
  }

  @Test
  void theLocalDayIsVietnamsNotUtcs() {
    // 17:30 UTC on 31 March is 00:30 on 1 April in Asia/Ho_Chi_Minh: the rating belongs to Q2
    Map<String, Object> rating =
        Ratings.web("khanh-hoa.tp-nha-trang.p-loc-tho", "2024-03-31T17:30:00Z");

    assertEquals(201, api.post("/api/v1/responses", rating).status());

    String unit = "khanh-hoa.tp-nha-trang.p-loc-tho";
    assertEquals(1, db.rollup(unit, "ACCESS", LocalDate.of(2024, 4, 1), 4));
    assertEquals(0, db.rollup(unit, "ACCESS", LocalDate.of(2024, 3, 31), 4));
  }

  @Test
  void theSameRatingTwiceIsCountedOnce() {
    Map<String, Object> rating = Ratings.web(BAC_NHA_TRANG, "2025-09-01T08:00:00+07:00");

    Api.Reply first = api.post("/api/v1/responses", rating);
    Api.Reply second = api.post("/api/v1/responses", rating);

    assertEquals(201, first.status());
    assertEquals(200, second.status(), second.toString());
    assertEquals("true", second.text("duplicate"));
    assertEquals(1, db.responses());
    assertEquals(6, db.rollupTotal());
  }

  @Test
  void theSameIdWithOtherContentIsAConflictThatChangesNothing() {
    Map<String, Object> rating = Ratings.web(BAC_NHA_TRANG, "2025-09-01T08:00:00+07:00");
    api.post("/api/v1/responses", rating);

    Api.Reply clash =
        api.post("/api/v1/responses", Ratings.with(rating, "answers", Map.of("ACCESS", 1)));

    assertEquals(409, clash.status());
    assertTrue(clash.isProblem(), clash.toString());
    assertEquals(1, db.responses());
    assertEquals(0, db.rollup(BAC_NHA_TRANG, "ACCESS", LocalDate.of(2025, 9, 1), 1));
    assertEquals(6, db.rollupTotal());
  }

  @Test
  void aHundredConcurrentCopiesAreCountedOnce() throws Exception {
    Map<String, Object> rating = Ratings.web(BAC_NHA_TRANG, "2025-10-01T08:00:00+07:00");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Callable<Integer>> posts = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      posts.add(() -> api.post("/api/v1/responses", rating).status());
    }

    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> status : pool.invokeAll(posts)) {
      statuses.add(status.get());
    }
    pool.shutdown();

    assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
    assertEquals(99, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
    assertEquals(1, db.responses());
    assertEquals(6, db.rollupTotal());
    assertEquals(1, db.rollup(BAC_NHA_TRANG, "STAFF", LocalDate.of(2025, 10, 1), 4));
  }

  @Test
  void anOldCommuneIsRatedUntilItsLastDay() {
    Api.Reply reply =
        api.post("/api/v1/responses", Ratings.web(VINH_PHUOC, "2025-06-30T16:00:00+07:00"));

    assertEquals(201, reply.status(), reply.toString());
    assertEquals(1, db.rollup(VINH_PHUOC, "ACCESS", LocalDate.of(2025, 6, 30), 4));
  }

  @Test
  void anOldCommuneIsRefusedAfterTheReformNamingItsSuccessor() {
    Api.Reply reply =
        api.post("/api/v1/responses", Ratings.web(VINH_PHUOC, "2025-07-02T09:00:00+07:00"));

    assertEquals(400, reply.status());
    assertTrue(reply.isProblem(), reply.toString());
    assertTrue(reply.text("detail").contains(BAC_NHA_TRANG), reply.text("detail"));
    assertTrue(reply.text("detail").contains("Phường Bắc Nha Trang"), reply.text("detail"));
    assertEquals(0, db.responses());
  }

  @Test
  void aNewCommuneIsRefusedBeforeItBegan() {
    Api.Reply reply =
        api.post("/api/v1/responses", Ratings.web(BAC_NHA_TRANG, "2025-06-30T09:00:00+07:00"));

    assertEquals(400, reply.status());
    assertTrue(reply.text("detail").contains("2025-07-01"), reply.text("detail"));
    assertEquals(0, db.responses());
  }

  @Test
  void oneRatingPerReceiptPerUnit() {
    Map<String, Object> first = Ratings.web(BAC_NHA_TRANG, "2025-09-02T08:00:00+07:00");
    first.put("receiptCode", "000.00.20.H42-250902-0007");
    Map<String, Object> second = Ratings.with(first, "id", java.util.UUID.randomUUID().toString());

    assertEquals(201, api.post("/api/v1/responses", first).status());
    Api.Reply again = api.post("/api/v1/responses", second);

    assertEquals(409, again.status());
    assertTrue(again.isProblem(), again.toString());
    assertTrue(again.text("title").startsWith("Phiếu này đã được đánh giá"), again.text("title"));
    assertEquals(1, db.responses());
    assertEquals(6, db.rollupTotal());
  }
}
