package vn.hailong.api.reorganisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

/**
 * The departments of khanhhoa-departments-2017-2026.csv, loaded by V14 through the reorganisation
 * import: the three eras, the code scheme, the sources, and history read through lineage.
 */
@MicronautTest
class DepartmentsTest {
  static final String NN_MT = "khanh-hoa.so-nong-nghiep-moi-truong.2025-07";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Api api;
  @Inject Database db;

  @BeforeEach
  void clear() {
    db.clearResponses();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> departments(String on) {
    List<Map<String, Object>> all =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/units?on=" + on),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    return all.stream()
        .filter(u -> "DEPARTMENT".equals(u.get("level")))
        .filter(
            u ->
                "khanh-hoa".equals(u.get("parentCode")) || "ninh-thuan".equals(u.get("parentCode")))
        .toList();
  }

  private static Set<String> names(List<Map<String, Object>> units, String parent) {
    return units.stream()
        .filter(u -> parent.equals(u.get("parentCode")))
        .map(u -> (String) u.get("name"))
        .collect(Collectors.toSet());
  }

  @Test
  void theThreeErasHaveTheirOwnDepartments() {
    List<Map<String, Object>> before = departments("2025-02-28");
    assertEquals(21, names(before, "khanh-hoa").size(), names(before, "khanh-hoa").toString());
    assertTrue(names(before, "khanh-hoa").contains("Sở Kế hoạch và Đầu tư"));

    List<Map<String, Object>> march = departments("2025-03-01");
    // 13 agencies and the Vân Phong board, plus the unchanged Sở Tư pháp, Công Thương, Thanh tra
    // counted among the 13
    Set<String> khanhHoa = names(march, "khanh-hoa");
    assertEquals(14, khanhHoa.size(), khanhHoa.toString());
    assertTrue(khanhHoa.contains("Sở Nông nghiệp và Môi trường"), khanhHoa.toString());
    assertFalse(khanhHoa.contains("Sở Kế hoạch và Đầu tư"), khanhHoa.toString());
    assertEquals(
        Set.of(
            "Văn phòng UBND tỉnh tỉnh Ninh Thuận",
            "Sở Nội vụ tỉnh Ninh Thuận",
            "Sở Tư pháp tỉnh Ninh Thuận",
            "Sở Tài chính tỉnh Ninh Thuận",
            "Sở Công Thương tỉnh Ninh Thuận",
            "Sở Nông nghiệp và Môi trường tỉnh Ninh Thuận",
            "Sở Xây dựng tỉnh Ninh Thuận",
            "Sở Khoa học và Công nghệ tỉnh Ninh Thuận",
            "Sở Giáo dục và Đào tạo tỉnh Ninh Thuận",
            "Sở Y tế tỉnh Ninh Thuận",
            "Thanh tra tỉnh tỉnh Ninh Thuận",
            "Sở Dân tộc và Tôn giáo tỉnh Ninh Thuận",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Thuận",
            "Ban Quản lý các khu công nghiệp tỉnh Ninh Thuận"),
        names(march, "ninh-thuan"));

    List<Map<String, Object>> today = departments("2026-12-01");
    Set<String> now = names(today, "khanh-hoa");
    assertEquals(
        Set.of(
            "Văn phòng UBND tỉnh",
            "Sở Nội vụ",
            "Sở Tư pháp",
            "Sở Tài chính",
            "Sở Công Thương",
            "Sở Nông nghiệp và Môi trường",
            "Sở Xây dựng",
            "Sở Khoa học và Công nghệ",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Giáo dục và Đào tạo",
            "Sở Y tế",
            "Thanh tra tỉnh",
            "Sở Dân tộc và Tôn giáo",
            "Ban Quản lý Khu kinh tế và Khu công nghiệp tỉnh Khánh Hòa"),
        now);
    assertTrue(names(today, "ninh-thuan").isEmpty());
    Set<String> codes = today.stream().map(u -> (String) u.get("code")).collect(Collectors.toSet());
    assertTrue(codes.contains(NN_MT), codes.toString());
    assertFalse(codes.contains("khanh-hoa.so-ke-hoach-dau-tu"));
    assertFalse(codes.contains("khanh-hoa.so-giao-thong-van-tai"));
    assertFalse(codes.contains("khanh-hoa.so-thong-tin-truyen-thong"));
  }

  @Test
  void newRowsFollowTheCodeSchemeAndKeepTheirSource() {
    Api.Reply march = api.get("/api/v1/units/khanh-hoa.so-nong-nghiep-moi-truong.2025-03");
    assertEquals(200, march.status(), march.toString());
    assertEquals("2025-03-01", march.text("validFrom"));
    assertEquals("2025-06-30", march.text("validTo"));
    assertTrue(march.text("source").contains("[UNCERTAIN"), march.text("source"));
    assertTrue(
        march.text("predecessors").contains("khanh-hoa.so-tai-nguyen-moi-truong"),
        march.text("predecessors"));
    assertEquals(
        200, api.get("/api/v1/units/ninh-thuan.so-nong-nghiep-moi-truong.2025-03").status());
    assertEquals(200, api.get("/api/v1/units/ninh-thuan.so-van-hoa-the-thao-du-lich").status());

    // V3's departments keep their code and end on the file's date
    Api.Reply old = api.get("/api/v1/units/khanh-hoa.so-ke-hoach-dau-tu");
    assertEquals("2025-02-28", old.text("validTo"));
    assertTrue(old.text("source").contains("merged into Sở Tài chính"), old.text("source"));
    assertEquals("2025-06-30", api.get("/api/v1/units/khanh-hoa.so-tu-phap").text("validTo"));
    // the central agencies stay as they were
    assertEquals(null, api.get("/api/v1/units/khanh-hoa.cong-an").text("validTo"));
  }

  /** Known answer: 2024's two departments pooled into today's Sở Nông nghiệp và Môi trường. */
  @Test
  @SuppressWarnings("unchecked")
  void todaysDepartmentReadsBothOfItsWholePredecessorsBack() {
    rate("khanh-hoa.so-tai-nguyen-moi-truong", "2024-05-06T09:00:00+07:00", 5, 3);
    rate("khanh-hoa.so-nong-nghiep-ptnt", "2024-05-07T09:00:00+07:00", 5, 1);
    rate("khanh-hoa.so-nong-nghiep-ptnt", "2024-05-07T10:00:00+07:00", 1, 2);
    // LĐTBXH went in part only: not pooled
    rate("khanh-hoa.so-lao-dong-tbxh", "2024-05-08T09:00:00+07:00", 1, 4);
    rate(NN_MT, "2026-06-15T09:00:00+07:00", 5, 1);

    Api.Reply reply =
        api.get(
            "/api/v1/analysis/trend?unit="
                + NN_MT
                + "&period=YEAR&from=2024-01-01&to=2026-11-30&basis=now",
            api.adminToken());

    assertEquals(200, reply.status(), reply.toString());
    var series = (List<Map<String, Object>>) reply.json().get("series");
    var points =
        (List<Map<String, Object>>)
            series.stream()
                .filter(s -> "ACCESS".equals(s.get("criterion")))
                .findFirst()
                .orElseThrow()
                .get("points");
    Map<String, Object> y2024 =
        points.stream().filter(p -> "2024".equals(p.get("period"))).findFirst().orElseThrow();
    assertEquals(6, ((Number) y2024.get("answers")).intValue(), y2024.toString());
    assertEquals(4, ((Number) y2024.get("satisfied")).intValue(), y2024.toString());
    assertEquals(66.667, ((Number) y2024.get("percent")).doubleValue(), 0.001);
    Map<String, Object> y2026 =
        points.stream().filter(p -> "2026".equals(p.get("period"))).findFirst().orElseThrow();
    assertEquals(1, ((Number) y2026.get("answers")).intValue(), y2026.toString());
  }

  private void rate(String unit, String at, int value, int count) {
    for (int i = 0; i < count; i++) {
      Map<String, Object> rating = Ratings.web(unit, at);
      Map<String, Object> answers = new HashMap<>();
      answers.put("ACCESS", value);
      rating.put("answers", answers);
      Api.Reply reply = api.post("/api/v1/responses", rating);
      assertEquals(201, reply.status(), reply.toString());
    }
  }
}
