package vn.hailong.api.support;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds rating bodies as clients send them. */
public final class Ratings {
  private Ratings() {}

  /** A web rating of the six headline questions, all 4 (Hài lòng). */
  public static Map<String, Object> web(String unitCode, String submittedAt) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (String criterion :
        new String[] {"ACCESS", "FACILITIES", "PROCEDURES", "STAFF", "RESULTS", "FEEDBACK"}) {
      answers.put(criterion, 4);
    }
    Map<String, Object> body = new HashMap<>();
    body.put("id", UUID.randomUUID().toString());
    body.put("unitCode", unitCode);
    body.put("channel", "WEB");
    body.put("submittedAt", submittedAt);
    body.put("answers", answers);
    return body;
  }

  public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put(field, value);
    return copy;
  }
}
