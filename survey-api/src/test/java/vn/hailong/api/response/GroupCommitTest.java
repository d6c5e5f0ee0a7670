package vn.hailong.api.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.rollup.RollupTables;
import vn.hailong.api.support.Database;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

/**
 * Groups of ratings stored in one transaction answer each rating as if it had been stored alone, in
 * queue order: 201 first, 200 for an identical copy, 409 for a clash or a used receipt.
 */
@MicronautTest(transactional = false)
class GroupCommitTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String NAM_NHA_TRANG = "khanh-hoa.p-nam-nha-trang";
  static final Map<String, Integer> SIX_FOURS =
      Map.of(
          "ACCESS", 4, "FACILITIES", 4, "PROCEDURES", 4, "STAFF", 4, "RESULTS", 4, "FEEDBACK", 4);

  @Inject GroupCommit groupCommit;
  @Inject UnitDirectory units;
  @Inject Database db;
  @Inject BurstRollups bursts;

  @BeforeEach
  void empty() {
    bursts.clearAll();
  }

  /** A validated rating, as SubmissionParser makes them (or, for a test, would refuse to). */
  private Submission rating(
      UUID id, String unitCode, String at, Map<String, Integer> answers, String receiptCode) {
    Instant submittedAt = OffsetDateTime.parse(at).toInstant();
    return new Submission(
        id,
        units.tree().byCode(unitCode).orElseThrow(),
        Channel.WEB,
        submittedAt,
        VietnamTime.localDate(submittedAt),
        new TreeMap<>(answers),
        receiptCode,
        null,
        false);
  }

  private Submission rating(UUID id, String unitCode, String at, Map<String, Integer> answers) {
    return rating(id, unitCode, at, answers, null);
  }

  /** A new rating at Phường Bắc Nha Trang, all six headline questions 4 (Hài lòng). */
  private Submission fours(String at) {
    return rating(UUID.randomUUID(), BAC_NHA_TRANG, at, SIX_FOURS, null);
  }

  private Submission fours(String at, String receiptCode) {
    return rating(UUID.randomUUID(), BAC_NHA_TRANG, at, SIX_FOURS, receiptCode);
  }

  /** Stores the submissions as one group and returns each one's HTTP status. */
  private List<Integer> write(Submission... group) {
    List<PendingResponse> pending = new ArrayList<>();
    for (Submission submission : group) {
      pending.add(new PendingResponse(submission, null, Instant.now()));
    }
    groupCommit.write(pending);
    return pending.stream().map(GroupCommitTest::status).toList();
  }

  private static int status(PendingResponse pending) {
    assertTrue(pending.outcome().isDone(), "every outcome is completed");
    try {
      return pending.outcome().join().created() ? 201 : 200;
    } catch (CompletionException e) {
      return e.getCause() instanceof Problem problem ? problem.status().getCode() : 500;
    }
  }

  @Test
  void twoCopiesAndAClashInOneGroupAreStoredOnce() {
    Submission rating = fours("2025-09-01T08:00:00+07:00");
    Submission clash =
        rating(rating.id(), BAC_NHA_TRANG, "2025-09-01T08:00:00+07:00", Map.of("ACCESS", 1));

    assertEquals(List.of(201, 200, 409), write(rating, rating, clash));

    assertEquals(1, db.responses());
    assertEquals(6, db.rollupTotal());
    assertEquals(0, db.count("SELECT COUNT(*) FROM " + RollupTables.DAILY + " WHERE n1 > 0"));
  }

  @Test
  void aCopyOfAStoredRatingIsARetryInTheNextGroup() {
    Submission rating = fours("2025-09-01T08:00:00+07:00");
    Submission other = fours("2025-09-01T08:05:00+07:00");

    assertEquals(List.of(201), write(rating));
    assertEquals(List.of(200, 201), write(rating, other));

    assertEquals(2, db.responses());
    assertEquals(12, db.rollupTotal());
  }

  @Test
  void aReceiptUsedTwiceInOneGroupIsCountedOnce() {
    String receipt = "000.00.20.H42-250902-0011";
    Submission first = fours("2025-09-02T08:00:00+07:00", receipt);
    Submission second = fours("2025-09-02T08:01:00+07:00", receipt);
    // the same slip number at another unit is another slip
    Submission elsewhere =
        rating(UUID.randomUUID(), NAM_NHA_TRANG, "2025-09-02T08:02:00+07:00", SIX_FOURS, receipt);

    assertEquals(List.of(201, 409, 201), write(first, second, elsewhere));

    assertEquals(2, db.responses());
    assertEquals(12, db.rollupTotal());
    assertEquals(0, db.count("SELECT COUNT(*) FROM response WHERE id = ?", second.id().toString()));
  }

  @Test
  void anotherConstraintIsAFaultNotAUsedReceipt() {
    // a unit the database does not know (a tree out of step with it): the foreign key refuses it
    Unit real = units.tree().byCode(BAC_NHA_TRANG).orElseThrow();
    Unit unknown =
        new Unit(
            987_654L,
            real.code(),
            real.officialCode(),
            real.name(),
            real.kind(),
            real.level(),
            real.parentId(),
            real.path(),
            real.validFrom(),
            real.validTo(),
            real.endReason());
    Submission good = fours("2025-09-03T08:00:00+07:00", "000.00.20.H42-250903-0001");
    Submission orphan =
        new Submission(
            UUID.randomUUID(),
            unknown,
            Channel.WEB,
            good.submittedAt(),
            good.localDate(),
            new TreeMap<>(SIX_FOURS),
            "000.00.20.H42-250903-0002",
            null,
            false);

    // the group falls back to one by one: the good rating is stored, the other is a 500, not a
    // 409 "receipt already rated" that would tell a citizen their slip was counted
    assertEquals(List.of(201, 500), write(good, orphan));

    assertEquals(1, db.responses());
  }

  @Test
  void aReceiptRatedInAnEarlierGroupIsRefused() {
    String receipt = "000.00.20.H42-250902-0012";

    assertEquals(List.of(201), write(fours("2025-09-02T09:00:00+07:00", receipt)));
    assertEquals(List.of(409), write(fours("2025-09-02T09:01:00+07:00", receipt)));

    assertEquals(1, db.responses());
  }

  @Test
  void aRatingThatFailsDoesNotFailTheOthers() {
    Submission good = fours("2025-09-03T08:00:00+07:00");
    // a question the questionnaire does not have: the parser refuses it, the database does too
    Submission broken =
        rating(UUID.randomUUID(), BAC_NHA_TRANG, "2025-09-03T08:01:00+07:00", Map.of("PRICE", 4));
    Submission alsoGood =
        rating(UUID.randomUUID(), NAM_NHA_TRANG, "2025-09-03T08:02:00+07:00", Map.of("STAFF", 5));
    Submission clash =
        rating(good.id(), BAC_NHA_TRANG, "2025-09-03T08:00:00+07:00", Map.of("STAFF", 1));

    // the group's transaction fails and is rolled back; each rating is then stored on its own
    assertEquals(List.of(201, 500, 201, 200, 409), write(good, broken, alsoGood, good, clash));

    assertEquals(2, db.responses());
    assertEquals(7, db.rollupTotal());
    assertEquals(0, db.count("SELECT COUNT(*) FROM response WHERE id = ?", broken.id().toString()));
  }

  @Test
  void rollupRowsSharedInAGroupAddUp() {
    List<Submission> group = new ArrayList<>();
    for (int minute = 0; minute < 40; minute++) {
      // 37 of 40 satisfied (4 or 5): 92.5%
      int staff = minute < 37 ? 4 + minute % 2 : 2;
      String at = "2025-09-04T08:%02d:00+07:00".formatted(minute);
      group.add(rating(UUID.randomUUID(), BAC_NHA_TRANG, at, Map.of("STAFF", staff)));
    }

    List<Integer> statuses = write(group.toArray(Submission[]::new));

    assertFalse(statuses.stream().anyMatch(s -> s != 201), statuses.toString());
    assertEquals(1, db.count("SELECT COUNT(*) FROM " + RollupTables.DAILY));
    assertEquals(
        37,
        db.count(
            "SELECT n4 + n5 FROM "
                + RollupTables.DAILY
                + " WHERE question_code = 'STAFF' AND local_date = ?",
            LocalDate.of(2025, 9, 4)));
    assertEquals(40, db.rollupTotal());
  }

  @Test
  void aKioskPressedTwiceWithinOneGroupIsABurst() {
    long kioskId = 990_001L; // response.kiosk_id has no foreign key: any id stands for a kiosk
    var first = new PendingResponse(fours("2025-09-05T10:00:00+07:00"), kioskId, Instant.now());
    var again = new PendingResponse(fours("2025-09-05T10:00:03+07:00"), kioskId, Instant.now());

    groupCommit.write(List.of(first, again));

    assertEquals(201, status(first));
    assertEquals(201, status(again));
    assertEquals(2, db.responses());
    assertFalse(isBurst(first.id()));
    assertTrue(isBurst(again.id()));
    assertEquals(6, db.rollupTotal());
    assertEquals(6, bursts.total());
  }

  private boolean isBurst(String id) {
    return db.count("SELECT COUNT(*) FROM response WHERE burst = TRUE AND id = ?", id) == 1;
  }
}
