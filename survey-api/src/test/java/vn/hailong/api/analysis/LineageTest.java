package vn.hailong.api.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hailong.api.analysis.AnalysisTest.criterion;
import static vn.hailong.api.analysis.AnalysisTest.number;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.web.DemoLikeRollups;

/**
 * Known answers for lineage in every analysis endpoint, on the real units of Khánh Hòa and Ninh
 * Thuận: basis now and then, PARTIAL predecessors apart, a year across the 2025 reform.
 */
@MicronautTest(transactional = false) // the rollups written here must be seen by the server
class LineageTest {
  static final String PROVINCE = "khanh-hoa";
  static final String VINH_HOA = "khanh-hoa.tp-nha-trang.p-vinh-hoa";
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String DO_VINH_OLD = "ninh-thuan.tp-phan-rang-thap-cham.p-do-vinh";
  static final String DO_VINH_NEW = "khanh-hoa.p-do-vinh";
  static final String PHUOC_BINH = "ninh-thuan.h-bac-ai.x-phuoc-binh";
  // xã Cam Lâm (from 2025-07-01): thị trấn Cam Đức went into it whole, xã Cam Hòa in part
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";
  static final String CAM_DUC = "khanh-hoa.h-cam-lam.tt-cam-duc";
  static final String CAM_HOA = "khanh-hoa.h-cam-lam.x-cam-hoa";
  // a ward of 2017 that no longer exists, merged into phường Vĩnh Hòa on 2020-01-01: a fixture on
  // top of the real tree (our data has no unit of before 2020), for a chain through two reforms
  static final String WARD_2017 = "khanh-hoa.tp-nha-trang.p-thu-nghiem-2017";

  @Inject Api api;
  @Inject Database db;
  @Inject DemoLikeRollups rollups;
  @Inject UnitDirectory units;
  String admin;

  @BeforeEach
  void setUp() {
    db.clearResponses();
    admin = api.adminToken();
  }

  void rate(String unit, String at, String question, Integer value, int count) {
    for (int i = 0; i < count; i++) {
      Map<String, Object> rating = Ratings.web(unit, at);
      Map<String, Object> answers = new HashMap<>();
      answers.put(question, value);
      rating.put("answers", answers);
      Api.Reply reply = api.post("/api/v1/responses", rating);
      assertEquals(201, reply.status(), reply.toString());
    }
  }

  /** Six-criteria ratings, all 4 (satisfied), or all 2 when {@code satisfied} is false. */
  void rateAll(String unit, String at, boolean satisfied, int count) {
    for (int i = 0; i < count; i++) {
      Map<String, Object> rating = Ratings.web(unit, at);
      if (!satisfied) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = (Map<String, Object>) rating.get("answers");
        answers.replaceAll((question, value) -> 2);
      }
      Api.Reply reply = api.post("/api/v1/responses", rating);
      assertEquals(201, reply.status(), reply.toString());
    }
  }

  Api.Reply get(String path) {
    Api.Reply reply = api.get(path, admin);
    assertEquals(200, reply.status(), path + " " + reply);
    return reply;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object value) {
    // the JSON leaves empty lists out
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  /** A list of codes, absent when empty. */
  static List<?> codes(Object value) {
    return value == null ? List.of() : (List<?>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> points(Api.Reply trend, String criterion) {
    return list(
        list(trend.json().get("series")).stream()
            .filter(s -> criterion.equals(s.get("criterion")))
            .findFirst()
            .orElseThrow()
            .get("points"));
  }

  static Map<String, Object> point(Api.Reply trend, String criterion, String period) {
    return points(trend, criterion).stream()
        .filter(p -> period.equals(p.get("period")))
        .findFirst()
        .orElseThrow();
  }

  static Map<String, Object> entry(Api.Reply ranking, String unitCode) {
    return list(ranking.json().get("units")).stream()
        .filter(e -> unitCode.equals(e.get("unitCode")))
        .findFirst()
        .orElse(null);
  }

  @Test
  void theProvincesLastQuarterOf2024DiffersBetweenNowAndThenByExactlyNinhThuan() {
    rateAll(VINH_HOA, "2024-11-05T09:00:00+07:00", true, 6);
    rateAll(VINH_HOA, "2024-11-05T10:00:00+07:00", false, 2);
    rateAll(DO_VINH_OLD, "2024-10-20T09:00:00+07:00", true, 3);
    rateAll(DO_VINH_OLD, "2024-10-20T10:00:00+07:00", false, 1);
    rateAll(PHUOC_BINH, "2024-12-30T09:00:00+07:00", false, 2);
    rateAll(VINH_HOA, "2025-01-02T09:00:00+07:00", false, 5); // the next quarter: out
    String q4 = "&from=2024-10-01&to=2024-12-31";

    Api.Reply now = get("/api/v1/analysis/satisfaction?unit=" + PROVINCE + q4);
    Api.Reply then = get("/api/v1/analysis/satisfaction?unit=" + PROVINCE + q4 + "&basis=then");
    Api.Reply ninhThuan = get("/api/v1/analysis/satisfaction?unit=ninh-thuan" + q4);

    assertEquals("now", now.text("basis"), "the default for a unit valid today");
    assertEquals("then", then.text("basis"));
    assertEquals("then", ninhThuan.text("basis"), "Ninh Thuận has ended: read as it was");
    // then: 6 of 8; Ninh Thuận: 3 of 6; now: 9 of 14, for each of the six criteria
    for (String c : List.of("ACCESS", "FACILITIES", "PROCEDURES", "STAFF", "RESULTS", "FEEDBACK")) {
      assertEquals(8, number(criterion(then, c).get("answers")), c);
      assertEquals(6, number(criterion(then, c).get("satisfied")), c);
      assertEquals(6, number(criterion(ninhThuan, c).get("answers")), c);
      assertEquals(3, number(criterion(ninhThuan, c).get("satisfied")), c);
      assertEquals(14, number(criterion(now, c).get("answers")), c);
      assertEquals(9, number(criterion(now, c).get("satisfied")), c);
    }
    assertEquals(75.0, number(then.json().get("index")), 1e-9);
    assertEquals(9 * 100.0 / 14, number(now.json().get("index")), 1e-9);
    assertEquals(14, number(now.json().get("respondents")));
    assertEquals(List.of("ninh-thuan"), now.json().get("derivedFrom"));
    assertEquals(List.of(), codes(then.json().get("derivedFrom")));

    // the trend's quarter says the same
    String trend = "/api/v1/analysis/trend?unit=" + PROVINCE + "&period=QUARTER" + q4;
    Map<String, Object> trendNow = point(get(trend), "INDEX", "2024-Q4");
    Map<String, Object> trendThen = point(get(trend + "&basis=then"), "INDEX", "2024-Q4");
    assertEquals(6 * 14, number(trendNow.get("answers")), "six criteria of 14 ratings");
    assertEquals(6 * 8, number(trendThen.get("answers")));
    assertEquals(9 * 100.0 / 14, number(trendNow.get("percent")), 1e-9);
    assertEquals(75.0, number(trendThen.get("percent")), 1e-9);
  }

  @Test
  void rankingAndGapsListTodaysCommunesNowAndTheCommunesOfTheTimeThen() {
    rateAll(VINH_HOA, "2024-11-05T09:00:00+07:00", true, 3);
    rateAll(VINH_HOA, "2024-11-05T10:00:00+07:00", false, 1);
    rateAll(DO_VINH_OLD, "2024-10-20T09:00:00+07:00", true, 1);
    rateAll(DO_VINH_OLD, "2024-10-20T10:00:00+07:00", false, 1);
    String ranking = "/api/v1/analysis/ranking?unit=" + PROVINCE + "&level=COMMUNE";
    String q4 = "&from=2024-10-01&to=2024-12-31";

    Api.Reply now = get(ranking + q4);
    Api.Reply then = get(ranking + q4 + "&basis=then");

    assertEquals("now", now.text("basis"));
    assertEquals("then", then.text("basis"));
    assertEquals(65, list(now.json().get("units")).size(), "the 65 communes of today");
    assertEquals(132, list(then.json().get("units")).size(), "Khánh Hòa's 132 communes of 2024");
    Map<String, Object> bacNhaTrang = entry(now, BAC_NHA_TRANG);
    assertEquals(75.0, number(bacNhaTrang.get("index")), 1e-9, "phường Vĩnh Hòa's 3 of 4");
    assertEquals(4, number(bacNhaTrang.get("respondents")));
    assertTrue(codes(bacNhaTrang.get("derivedFrom")).contains(VINH_HOA));
    assertEquals(50.0, number(entry(now, DO_VINH_NEW).get("index")), 1e-9, "from Ninh Thuận");
    assertNull(entry(now, VINH_HOA), "an ended ward is not one of today's");
    assertEquals(75.0, number(entry(then, VINH_HOA).get("index")), 1e-9);
    assertNull(entry(then, BAC_NHA_TRANG), "did not exist in 2024");
    assertNull(entry(then, DO_VINH_OLD), "in Ninh Thuận, not Khánh Hòa, in 2024");
  }

  @Test
  void aYearAcrossTheReformShowsBothHalves() {
    // procedures: phường Vĩnh Hòa 20 of 40 in May, phường Bắc Nha Trang 30 of 40 in August
    rollups.day(VINH_HOA, LocalDate.of(2025, 5, 5), "PROCEDURES", 20, 40, 0);
    rollups.day(BAC_NHA_TRANG, LocalDate.of(2025, 8, 5), "PROCEDURES", 30, 40, 0);
    String year = "&from=2025-01-01&to=2025-12-31";

    List<Map<String, Object>> then =
        list(
            get("/api/v1/analysis/gaps?unit=" + PROVINCE + year + "&basis=then")
                .json()
                .get("gaps"));
    Api.Reply nowReply = get("/api/v1/analysis/gaps?unit=" + PROVINCE + year);
    List<Map<String, Object>> now = list(nowReply.json().get("gaps"));

    // then: each ward with its own half against 2025's 95%
    assertEquals(2, then.size(), then.toString());
    assertEquals(VINH_HOA, then.get(0).get("unitCode"));
    assertEquals(-45.0, number(then.get(0).get("gap")), 1e-9);
    assertEquals(BAC_NHA_TRANG, then.get(1).get("unitCode"));
    assertEquals(-20.0, number(then.get(1).get("gap")), 1e-9);
    // now: today's ward with both halves, 50 of 80
    assertEquals("now", nowReply.text("basis"));
    assertEquals(1, now.size(), now.toString());
    assertEquals(BAC_NHA_TRANG, now.get(0).get("unitCode"));
    assertEquals(80, number(now.get(0).get("answers")));
    assertEquals(62.5, number(now.get(0).get("percent")), 1e-9);
    assertEquals(-32.5, number(now.get(0).get("gap")), 1e-9);
    assertTrue(codes(now.get(0).get("derivedFrom")).contains(VINH_HOA));

    // the ranking of the year: then both wards with their own halves, now today's with both
    String ranking = "/api/v1/analysis/ranking?unit=" + PROVINCE + "&level=COMMUNE" + year;
    Api.Reply rankingThen = get(ranking + "&basis=then");
    Api.Reply rankingNow = get(ranking);
    assertEquals(50.0, number(entry(rankingThen, VINH_HOA).get("index")), 1e-9);
    assertEquals(75.0, number(entry(rankingThen, BAC_NHA_TRANG).get("index")), 1e-9);
    assertEquals(62.5, number(entry(rankingNow, BAC_NHA_TRANG).get("index")), 1e-9);
    assertNull(entry(rankingNow, VINH_HOA));
  }

  @Test
  void aCommuneWithAPartialPredecessorKeepsItApartInTheTrendUnlessIncluded() {
    rate(CAM_DUC, "2025-05-05T09:00:00+07:00", "ACCESS", 5, 3); // whole: 3 of 3
    rate(CAM_HOA, "2025-05-06T09:00:00+07:00", "ACCESS", 1, 2); // partial: 0 of 2
    rate(CAM_LAM, "2025-08-05T09:00:00+07:00", "ACCESS", 4, 4); // its own: 4 of 4
    String trend = "/api/v1/analysis/trend?unit=" + CAM_LAM + "&period=QUARTER";
    String range = "&from=2025-04-01&to=2025-09-30";

    Api.Reply apart = get(trend + range);
    Api.Reply included = get(trend + range + "&partial=include");

    assertEquals("now", apart.text("basis"));
    assertFalse((Boolean) apart.json().get("partialIncluded"));
    Map<String, Object> q2 = point(apart, "ACCESS", "2025-Q2");
    assertEquals(3, number(q2.get("answers")), "Cam Hòa not counted");
    assertEquals(100.0, number(q2.get("percent")), 1e-9);
    Map<String, Object> camHoa =
        list(q2.get("partial")).stream()
            .filter(p -> CAM_HOA.equals(p.get("code")))
            .findFirst()
            .orElseThrow();
    assertEquals("Xã Cam Hòa", camHoa.get("name"));
    assertEquals(2, number(camHoa.get("answers")));
    assertEquals(0.0, number(camHoa.get("percent")), 1e-9);
    // xã Cam Lâm has seven PARTIAL predecessors; those without ratings show no percent
    assertEquals(7, list(q2.get("partial")).size(), q2.toString());
    assertEquals(
        1,
        list(q2.get("partial")).stream().filter(p -> p.get("percent") != null).count(),
        q2.toString());
    Map<String, Object> q3 = point(apart, "ACCESS", "2025-Q3");
    assertEquals(4, number(q3.get("answers")));
    assertEquals(List.of(), list(q3.get("partial")), "the split communes ended before Q3");
    Map<String, Object> overall =
        list(apart.json().get("partial")).stream()
            .filter(p -> CAM_HOA.equals(p.get("code")))
            .findFirst()
            .orElseThrow();
    assertEquals(2, number(overall.get("answers")));
    assertEquals(0.0, number(overall.get("percent")), 1e-9, "its index: ACCESS alone");

    assertTrue((Boolean) included.json().get("partialIncluded"));
    Map<String, Object> q2Included = point(included, "ACCESS", "2025-Q2");
    assertEquals(5, number(q2Included.get("answers")));
    assertEquals(60.0, number(q2Included.get("percent")), 1e-9, "3 of 5");
    assertEquals(7, list(q2Included.get("partial")).size(), "still named when counted");

    // satisfaction's list carries the same figures
    Api.Reply satisfaction =
        get("/api/v1/analysis/satisfaction?unit=" + CAM_LAM + "&from=2025-04-01&to=2025-06-30");
    Map<String, Object> listed =
        list(satisfaction.json().get("partial")).stream()
            .filter(p -> CAM_HOA.equals(p.get("code")))
            .findFirst()
            .orElseThrow();
    assertEquals(2, number(listed.get("answers")));
    assertEquals(0.0, number(listed.get("percent")), 1e-9);
    assertEquals(3, number(criterion(satisfaction, "ACCESS").get("answers")));
  }

  @Test
  void gapsAndRankingNameTheSplitCommuneWithItsOwnFigures() {
    // procedures in May 2025: Cam Đức (whole) 20 of 40, Cam Hòa (partial) 10 of 40
    rollups.day(CAM_DUC, LocalDate.of(2025, 5, 5), "PROCEDURES", 20, 40, 0);
    rollups.day(CAM_HOA, LocalDate.of(2025, 5, 5), "PROCEDURES", 10, 40, 0);
    String q2 = "&from=2025-04-01&to=2025-06-30";

    Map<String, Object> gap =
        list(get("/api/v1/analysis/gaps?unit=" + CAM_LAM + q2).json().get("gaps")).get(0);
    Map<String, Object> gapIncluded =
        list(get("/api/v1/analysis/gaps?unit=" + CAM_LAM + q2 + "&partial=include")
                .json()
                .get("gaps"))
            .get(0);
    Api.Reply ranking = get("/api/v1/analysis/ranking?unit=" + PROVINCE + "&level=COMMUNE" + q2);

    assertEquals(CAM_LAM, gap.get("unitCode"));
    assertEquals(50.0, number(gap.get("percent")), 1e-9, "Cam Đức's 20 of 40");
    Map<String, Object> apart =
        list(gap.get("partial")).stream()
            .filter(p -> CAM_HOA.equals(p.get("code")))
            .findFirst()
            .orElseThrow();
    assertEquals(40, number(apart.get("answers")));
    assertEquals(25.0, number(apart.get("percent")), 1e-9);
    assertEquals(37.5, number(gapIncluded.get("percent")), 1e-9, "30 of 80");
    Map<String, Object> camLam = entry(ranking, CAM_LAM);
    assertEquals(50.0, number(camLam.get("index")), 1e-9);
    Map<String, Object> ranked =
        list(camLam.get("partial")).stream()
            .filter(p -> CAM_HOA.equals(p.get("code")))
            .findFirst()
            .orElseThrow();
    assertEquals(25.0, number(ranked.get("percent")), 1e-9, "its index: procedures alone");
  }

  @Test
  void aWardOf2017ReadsThroughTwoReformsIntoTodaysWard() {
    Unit vinhHoa = units.tree().require(VINH_HOA);
    long id = 9001;
    db.update(
        "INSERT INTO unit (id, code, official_code, name, kind, level, parent_id, path,"
            + " valid_from, valid_to, end_reason) VALUES (?, ?, NULL, ?, 'phường', 'COMMUNE', ?, ?,"
            + " NULL, ?, ?)",
        id,
        WARD_2017,
        "Phường Thử Nghiệm",
        vinhHoa.parentId(),
        units.tree().byId(vinhHoa.parentId()).path() + id + "/",
        LocalDate.of(2019, 12, 31),
        "Nhập vào phường Vĩnh Hòa từ 01/01/2020");
    db.update(
        "INSERT INTO unit_lineage (predecessor_id, successor_id, share) VALUES (?, ?, 'WHOLE')",
        id,
        vinhHoa.id());
    units.reload();
    try {
      // the API takes no rating dated before 2020: the ward's history is written as rollups
      rollups.day(WARD_2017, LocalDate.of(2019, 6, 5), "STAFF", 2, 2, 0); // 2 of 2
      rate(VINH_HOA, "2024-06-05T09:00:00+07:00", "STAFF", 2, 2); // 0 of 2
      rate(BAC_NHA_TRANG, "2025-08-05T09:00:00+07:00", "STAFF", 4, 1); // 1 of 1

      Api.Reply trend =
          get(
              "/api/v1/analysis/trend?unit="
                  + BAC_NHA_TRANG
                  + "&period=YEAR&from=2019-01-01&to=2025-12-31");
      Api.Reply since2019 =
          get(
              "/api/v1/analysis/satisfaction?unit="
                  + BAC_NHA_TRANG
                  + "&from=2019-01-01&to=2025-12-31");

      assertEquals(100.0, number(point(trend, "STAFF", "2019").get("percent")), 1e-9);
      List<?> in2019 = codes(point(trend, "STAFF", "2019").get("derivedFrom"));
      assertTrue(in2019.contains(WARD_2017) && in2019.contains(VINH_HOA), in2019.toString());
      assertFalse(codes(point(trend, "STAFF", "2025").get("derivedFrom")).contains(WARD_2017));
      assertEquals(0.0, number(point(trend, "STAFF", "2024").get("percent")), 1e-9);
      assertEquals(100.0, number(point(trend, "STAFF", "2025").get("percent")), 1e-9);
      assertEquals(5, number(criterion(since2019, "STAFF").get("answers")));
      assertEquals(3, number(criterion(since2019, "STAFF").get("satisfied")));
      assertTrue(codes(since2019.json().get("derivedFrom")).contains(WARD_2017));
      assertTrue(
          codes(trend.json().get("reorganisations")).contains("2020-01-01"),
          trend.json().get("reorganisations").toString());
    } finally {
      db.clearResponses();
      db.update("DELETE FROM unit_lineage WHERE predecessor_id = ?", id);
      db.update("DELETE FROM unit WHERE id = ?", id);
      units.reload();
    }
  }
}
