package vn.hailong.api.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.DossierUploads;
import vn.hailong.api.support.Ratings;
import vn.hailong.api.support.TestClock;

/**
 * The 766-style rate beside the survey (docs/method.md §15), from imported dossier figures, ratings
 * given with a receipt number and complaints naming one, through the real import, ingestion and
 * complaint endpoints.
 */
@MicronautTest(transactional = false)
class PortalRateTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";

  @Inject Api api;
  @Inject Database db;
  @Inject TestClock clock;
  String admin;

  @BeforeEach
  void clean() {
    db.clearResponses();
    db.update("DELETE FROM feedback");
    db.update("DELETE FROM dossier_stat");
    admin = api.adminToken();
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  void rate(String receipt, String submittedAt, int procedures) {
    Map<String, Object> rating = Ratings.web(BAC_NHA_TRANG, submittedAt);
    if (receipt != null) {
      rating.put("receiptCode", receipt);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> answers = new HashMap<>((Map<String, Object>) rating.get("answers"));
    answers.put("PROCEDURES", procedures);
    rating.put("answers", answers);
    Api.Reply reply = api.post("/api/v1/responses", rating);
    assertEquals(201, reply.status(), reply.toString());
  }

  void complain(String receipt) {
    Map<String, Object> body = new HashMap<>();
    body.put("id", UUID.randomUUID().toString());
    body.put("unitCode", BAC_NHA_TRANG);
    body.put("text", "Hồ sơ đất đai hẹn trả ba lần mà chưa có kết quả.");
    if (receipt != null) {
      body.put("receiptCode", receipt);
    }
    Api.Reply reply = api.post("/api/v1/feedback", body);
    assertEquals(201, reply.status(), reply.toString());
  }

  Map<?, ?> own(String period) {
    Api.Reply report =
        api.get("/api/v1/dossiers?unit=" + BAC_NHA_TRANG + "&period=" + period, admin);
    assertEquals(200, report.status(), report.toString());
    return (Map<?, ?>) report.json().get("unit");
  }

  static long number(Map<?, ?> map, String key) {
    return ((Number) map.get(key)).longValue();
  }

  @Test
  void dossiersLessUnsatisfiedComplainedAndLateEachOnce() throws Exception {
    String csv =
        DossierImportTest.HEADER
            // received 120 = 10 + 70 + 40; resolved 100 = 60 + 35 + 5 late; pending 20 = 15 + 5
            + BAC_NHA_TRANG
            + ",\"Phường Bắc Nha Trang\",2025-Q3,120,10,70,40,100,60,35,5,20,15,5\n"
            // resolved 3, all late
            + BAC_NHA_TRANG
            + ",\"Phường Bắc Nha Trang\",2025-Q4,3,0,3,0,3,0,0,3,0,0,0\n";
    DossierUploads.importCsv(api, admin, csv);

    rate("BNT-1", "2025-08-05T09:00:00+07:00", 4); // satisfied
    rate("bnt-2", "2025-08-05T09:10:00+07:00", 2); // unsatisfied (any answer of 1 to 3)
    rate("BNT-3", "2025-08-06T10:00:00+07:00", 3); // unsatisfied: "Bình thường" is not satisfied
    rate("BNT-4", "2025-08-07T10:00:00+07:00", 5); // satisfied, but complained about below
    rate(null, "2025-08-07T11:00:00+07:00", 1); // no receipt: names no dossier
    rate("BNT-9", "2025-10-02T08:00:00+07:00", 1); // the next quarter
    clock.set(Instant.parse("2025-08-20T03:00:00Z"));
    complain("BNT-2"); // already rated unsatisfied: subtracted once
    complain("BNT-4");
    complain(null);

    Map<?, ?> q3 = own("2025-Q3");
    Map<?, ?> portal = (Map<?, ?>) q3.get("portal");
    assertEquals(100, number(portal, "dossiers"));
    assertEquals(4, number(portal, "rated"));
    assertEquals(2, number(portal, "unsatisfied"));
    assertEquals(1, number(portal, "complained"));
    assertEquals(5, number(portal, "late"));
    // (100 − 2 − 1 − 5) / 100, whatever the 96 unrated dossiers' citizens thought
    assertEquals(92.0, ((Number) portal.get("percent")).doubleValue(), 1e-12);
    // the survey beside it: five ratings of 2025-Q3, four of six criteria always 4 (satisfied)
    assertNotNull(q3.get("surveyIndex"));

    // Q4: 1 unsatisfied + 3 late > 3 resolved (the late total has no receipt numbers): no rate
    Map<?, ?> q4 = (Map<?, ?>) own("2025-Q4").get("portal");
    assertEquals(1, number(q4, "unsatisfied"));
    assertEquals(3, number(q4, "late"));
    assertNull(q4.get("percent"));

    // a period without dossier figures has no rate at all
    assertNull(own("2026-Q1").get("portal"));
  }
}
