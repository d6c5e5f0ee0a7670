package vn.hailong.api.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hailong.api.plan.PlanFixtures.BAC_NHA_TRANG;
import static vn.hailong.api.plan.PlanFixtures.CAM_LAM;
import static vn.hailong.api.plan.PlanFixtures.PASSWORD;
import static vn.hailong.api.plan.PlanFixtures.task;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

/**
 * The routes that name a task by id (the BY_ID rows of EndpointScopeTest): for an officer of phường
 * Bắc Nha Trang, a task of xã Cam Lâm and an id no task has get the same 403, and nothing changes;
 * their own task answers. Listing another unit's plan is the usual 403 (EndpointScopeTest).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanScopeTest {
  @Inject Api api;
  @Inject Database db;
  String officer;
  long own;
  long other;

  @BeforeAll
  void tasksOfTwoCommunes() {
    String admin = api.adminToken();
    api.post(
        "/api/v1/accounts",
        Map.of(
            "username",
            "can-bo.pham-vi-ke-hoach",
            "password",
            PASSWORD,
            "role",
            "OFFICER",
            "unitCode",
            BAC_NHA_TRANG),
        admin);
    officer = api.login("can-bo.pham-vi-ke-hoach", PASSWORD);
    own = id(api.post("/api/v1/plans", task(BAC_NHA_TRANG, "STAFF", "Tập huấn kỹ năng"), admin));
    other = id(api.post("/api/v1/plans", task(CAM_LAM, "STAFF", "Tập huấn giao tiếp"), admin));
  }

  private static long id(Api.Reply reply) {
    assertEquals(201, reply.status(), reply.toString());
    return ((Number) reply.json().get("id")).longValue();
  }

  @Test
  void aTaskOutsideTheSubtreeIsTheSame403AsNoTaskAndNothingChanges() {
    byte[] pdf = "%PDF-1.4 minh chứng".getBytes();
    List<LongFunction<MutableHttpRequest<?>>> requests =
        List.of(
            id -> HttpRequest.PUT("/api/v1/plans/" + id, task(BAC_NHA_TRANG, "STAFF", "Sửa")),
            id -> HttpRequest.DELETE("/api/v1/plans/" + id),
            id ->
                HttpRequest.PUT("/api/v1/plans/" + id + "/evidence?name=a.pdf", pdf)
                    .contentType("application/octet-stream"),
            id -> HttpRequest.GET("/api/v1/plans/" + id + "/evidence"));
    long unknown = other + 1000;
    List<String> problems = new ArrayList<>();
    for (var request : requests) {
      Api.Reply outside = api.exchange(request.apply(other).bearerAuth(officer));
      Api.Reply none = api.exchange(request.apply(unknown).bearerAuth(officer));
      String name = request.apply(0).getMethodName() + " " + request.apply(0).getPath();
      if (outside.status() != 403
          || !"urn:hailong:problem:forbidden".equals(outside.text("type"))) {
        problems.add(name + ": " + outside);
      }
      if (!outside
          .body()
          .replace(String.valueOf(other), "?")
          .equals(none.body().replace(String.valueOf(unknown), "?"))) {
        problems.add(name + ": answers differ: " + outside + " / " + none);
      }
      if (outside.body().contains("Cam Lâm") || outside.body().contains("giao tiếp")) {
        problems.add(name + ": says something of the task: " + outside);
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertEquals("Tập huấn giao tiếp", db.text("SELECT task FROM plan_item WHERE id = ?", other));
    assertEquals(0, db.count("SELECT COUNT(*) FROM plan_evidence_file WHERE item_id = ?", other));

    // their own task answers, and an admin gets a 404 for an id no task has
    Api.Reply mine =
        api.exchange(
            HttpRequest.PUT("/api/v1/plans/" + own, task(BAC_NHA_TRANG, "STAFF", "Tập huấn lại"))
                .bearerAuth(officer));
    assertEquals(200, mine.status(), mine.toString());
    assertEquals(
        404,
        api.exchange(HttpRequest.DELETE("/api/v1/plans/" + unknown).bearerAuth(api.adminToken()))
            .status());
    // moving one's own task to another commune is refused like any other unit outside
    Api.Reply moved =
        api.exchange(
            HttpRequest.PUT("/api/v1/plans/" + own, task(CAM_LAM, "STAFF", "Tập huấn lại"))
                .bearerAuth(officer));
    assertEquals(403, moved.status(), moved.toString());
  }
}
