package vn.hailong.api.plan;

import java.util.HashMap;
import java.util.Map;

/** Tasks as the seeds write them (Cam Ranh's annex, seed 000), as request bodies. */
final class PlanFixtures {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";
  static final String PASSWORD = "mat-khau-dai-du";

  private PlanFixtures() {}

  static Map<String, Object> task(String unit, String criterion, String task) {
    Map<String, Object> body = new HashMap<>();
    body.put("unitCode", unit);
    body.put("year", 2025);
    body.put("criterion", criterion);
    body.put("task", task);
    body.put("leadAgency", "Văn phòng HĐND và UBND");
    body.put("partners", "Các cơ quan chuyên môn, Bộ phận tiếp nhận và trả kết quả");
    body.put("deadline", "ONGOING");
    return body;
  }

  static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
    Map<String, Object> copy = new HashMap<>(body);
    for (int i = 0; i < pairs.length; i += 2) {
      copy.put((String) pairs[i], pairs[i + 1]);
    }
    return copy;
  }
}
