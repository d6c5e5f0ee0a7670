package vn.hailong.api;

import io.micronaut.runtime.Micronaut;
import java.util.HashMap;
import java.util.Map;

public final class Application {
  static final String EMBEDDED_URL =
      "jdbc:h2:file:./data/hailong;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

  private Application() {}

  public static void main(String[] args) {
    Map<String, Object> properties = new HashMap<>();
    // An empty JDBC_URL means the same as none: the embedded database.
    String url = System.getenv("JDBC_URL");
    if (url != null && url.isBlank()) {
      properties.put("datasources.default.url", EMBEDDED_URL);
      properties.put("datasources.default.username", "sa");
    }
    Micronaut.build(args).mainClass(Application.class).properties(properties).start();
  }
}
