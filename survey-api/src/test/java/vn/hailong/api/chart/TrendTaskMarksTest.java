package vn.hailong.api.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

/**
 * The trend chart marks the periods in which the unit's improvement tasks were done: two tasks of a
 * commune of Cam Lâm done in 2024-Q2 give one "✓ 2" mark and the legend line; a task done outside
 * the chart's range or in another district gives none.
 */
@MicronautTest(transactional = false)
class TrendTaskMarksTest {
  static final String QUERY =
      "?unit=khanh-hoa.h-cam-lam&from=2024-01-01&to=2024-12-31&period=QUARTER"
          + "&width=900&height=500";
  static final String LEGEND = "Nhiệm vụ cải thiện hoàn thành";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Api api;
  @Inject Database db;

  @BeforeEach
  @AfterEach
  void noPlans() {
    db.update("DELETE FROM plan_evidence_chunk");
    db.update("DELETE FROM plan_evidence_file");
    db.update("DELETE FROM plan_item");
  }

  private String svg() {
    byte[] body =
        client
            .toBlocking()
            .exchange(
                HttpRequest.GET("/api/v1/charts/trend.svg" + QUERY).bearerAuth(api.adminToken()),
                Argument.of(byte[].class))
            .body();
    return new String(body, StandardCharsets.UTF_8);
  }

  private void done(String unit, String doneOn) {
    Map<String, Object> body = new HashMap<>();
    body.put("unitCode", unit);
    body.put("year", Integer.parseInt(doneOn.substring(0, 4)));
    body.put("criterion", "PROCEDURES");
    body.put("task", "Niêm yết công khai thủ tục hành chính tại Bộ phận một cửa");
    body.put("leadAgency", "Văn phòng HĐND và UBND");
    body.put("deadline", "ONGOING");
    body.put("status", "DONE");
    body.put("doneOn", doneOn);
    Api.Reply created = api.post("/api/v1/plans", body, api.adminToken());
    assertEquals(201, created.status(), created.toString());
  }

  @Test
  void periodsWithDoneTasksCarryAMarkWithTheirCount() {
    api.post(
        "/api/v1/responses",
        Ratings.web("khanh-hoa.h-cam-lam.tt-cam-duc", "2024-05-02T09:00:00+07:00"));
    String without = svg();
    assertFalse(without.contains(LEGEND), "no task done: no legend line");
    assertFalse(without.contains("✓"), "no task done: no mark");

    done("khanh-hoa.h-cam-lam.tt-cam-duc", "2024-05-20");
    done("khanh-hoa.h-cam-lam", "2024-06-03");
    // outside the range and outside the unit: not marked
    done("khanh-hoa.h-cam-lam", "2023-03-01");
    done("khanh-hoa.p-bac-nha-trang", "2024-05-21");
    String with = svg();

    assertTrue(with.contains("✓ " + LEGEND), "the legend names the marks");
    assertTrue(with.contains("✓ 2"), "two tasks done in 2024-Q2");
    assertEquals(1, with.split("✓ \\d").length - 1, "one mark only: " + with.length());
  }
}
