package vn.hailong.api.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.analysis.Proportion;
import vn.hailong.analysis.Wilson;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.CsvReports;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

/**
 * The interval rests on respondents (docs/method.md, "Respondents, not answers"): through the real
 * ingestion path, the rollups and the HTTP API.
 */
@MicronautTest
class RespondentIntervalTest {
  static final String UNIT = "khanh-hoa.x-cam-lam";
  static final String RANGE = "&from=2025-07-01&to=2025-09-30";

  @Inject Api api;
  @Inject Database db;
  String admin;

  @BeforeEach
  void setUp() {
    db.clearResponses();
    admin = api.adminToken();
  }

  /** A web rating answering PROCEDURES and its first detailed questions with these values. */
  void rateProcedures(Integer... values) {
    Map<String, Object> rating = Ratings.web(UNIT, "2025-08-05T09:00:00+07:00");
    Map<String, Object> answers = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      answers.put(i == 0 ? "PROCEDURES" : "PROCEDURES." + i, values[i]);
    }
    rating.put("answers", answers);
    Api.Reply reply = api.post("/api/v1/responses", rating);
    assertEquals(201, reply.status(), reply.toString());
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> procedures() {
    Api.Reply reply =
        api.get("/api/v1/analysis/satisfaction?unit=" + UNIT + RANGE + "&scope=own", admin);
    assertEquals(200, reply.status(), reply.toString());
    return ((List<Map<String, Object>>) reply.json().get("criteria"))
        .stream().filter(c -> "PROCEDURES".equals(c.get("criterion"))).findFirst().orElseThrow();
  }

  static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  /**
   * The hand example: A 6 of 6 satisfied, B 3 of 6, C 0 of 2 (and one N/A), D 1 of 1. Pooled 10 of
   * 15 = 66.7%; deff = 1550/750, n_eff = 7.258; interval 32.57%-89.22% (answers alone: 41.7-84.8).
   */
  @Test
  void longFormRespondentsWidenTheInterval() {
    rateProcedures(5, 5, 4, 4, 5, 4);
    rateProcedures(5, 4, 4, 2, 1, 3);
    rateProcedures(3, 2, null);
    rateProcedures(4);

    Map<String, Object> p = procedures();
    assertEquals(15, number(p.get("answers")));
    assertEquals(10, number(p.get("satisfied")));
    assertEquals(4, number(p.get("respondents")));
    assertEquals(15 / (1550.0 / 750), number(p.get("effectiveN")), 1e-9);
    assertEquals(32.572397, number(p.get("ciLow")), 1e-5);
    assertEquals(89.224529, number(p.get("ciHigh")), 1e-5);
    // too few respondents for a verdict: 4 < 30 (answers would be 15, also < 30)
    assertEquals("INSUFFICIENT_DATA", p.get("status"));
    assertEquals(4, db.count("SELECT COUNT(*) FROM response"));
    // only the three long forms add excess rows: one row for the unit, day and criterion
    assertEquals(1, db.count("SELECT COUNT(*) FROM daily_respondent_rollup"));
    assertEquals(
        11, db.count("SELECT extra_answers FROM daily_respondent_rollup")); // 5 + 5 + 1 + 0
  }

  /**
   * The trend's points and the reports' rows of units below give the same respondent-based interval
   * as the satisfaction page: the hand example again, by month and quarter, and in the CSV report
   * of the province, whose row for the district pools its long forms the same way.
   */
  @Test
  void trendPointsAndReportRowsRestOnRespondents() throws Exception {
    rateProcedures(5, 5, 4, 4, 5, 4);
    rateProcedures(5, 4, 4, 2, 1, 3);
    rateProcedures(3, 2, null);
    rateProcedures(4);

    for (String period : List.of("MONTH", "QUARTER")) {
      Map<String, Object> august =
          trendPoint(period, period.equals("MONTH") ? "2025-08" : "2025-Q3");
      assertEquals(15, number(august.get("answers")), period);
      assertEquals(4, number(august.get("respondents")), period);
      assertEquals(32.572397, number(august.get("ciLow")), 1e-5, period);
      assertEquals(89.224529, number(august.get("ciHigh")), 1e-5, period);
      assertEquals("INSUFFICIENT_DATA", august.get("status"), period);
    }
    // a month without ratings: no interval, not enough data
    Map<String, Object> july = trendPoint("MONTH", "2025-07");
    assertEquals(0, number(july.get("respondents")));
    assertNull(july.get("ciLow"));
    assertEquals("INSUFFICIENT_DATA", july.get("status"));

    Api.Reply csv =
        api.get("/api/v1/reports/satisfaction.csv?unit=khanh-hoa" + RANGE + "&basis=then", admin);
    assertEquals(200, csv.status(), csv.toString());
    CSVRecord row =
        CsvReports.rows(csv.body()).stream()
            .filter(r -> r.get(0).equals("below") && r.get(1).equals(UNIT))
            .filter(r -> r.get("Mã tiêu chí / criterion").equals("PROCEDURES"))
            .findFirst()
            .orElseThrow();
    assertEquals(32.572397, Double.parseDouble(row.get("Cận dưới KTC 95% / ci_low")), 1e-5);
    assertEquals(89.224529, Double.parseDouble(row.get("Cận trên KTC 95% / ci_high")), 1e-5);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> trendPoint(String period, String label) {
    Api.Reply reply =
        api.get(
            "/api/v1/analysis/trend?unit=" + UNIT + RANGE + "&scope=own&period=" + period, admin);
    assertEquals(200, reply.status(), reply.toString());
    Map<String, Object> series =
        ((List<Map<String, Object>>) reply.json().get("series"))
            .stream()
                .filter(c -> "PROCEDURES".equals(c.get("criterion")))
                .findFirst()
                .orElseThrow();
    return ((List<Map<String, Object>>) series.get("points"))
        .stream().filter(p -> label.equals(p.get("period"))).findFirst().orElseThrow();
  }

  /** Headline-only ratings (one answer per criterion, as at a kiosk): exactly today's interval. */
  @Test
  void oneAnswerPerRespondentGivesTodaysWilsonInterval() {
    for (int i = 0; i < 37; i++) {
      rateProcedures(i % 2 == 0 ? 5 : 4);
    }
    rateProcedures(3);
    rateProcedures(2);
    rateProcedures(1);
    Map<String, Object> p = procedures();
    var today = new Proportion(37, 40).wilson();
    assertEquals(today.low(), number(p.get("ciLow")));
    assertEquals(today.high(), number(p.get("ciHigh")));
    assertEquals(40, number(p.get("respondents")));
    assertEquals(40, number(p.get("effectiveN")));
    assertEquals(0, db.count("SELECT COUNT(*) FROM daily_respondent_rollup"));
    assertEquals(Wilson.interval(37, 40, 40, Proportion.Z_95), today);
  }
}
