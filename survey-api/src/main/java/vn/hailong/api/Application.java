package vn.hailong.api;

import io.micronaut.runtime.Micronaut;
import java.util.HashMap;
import java.util.Map;

public final class Application {
  private Application() {}

  public static void main(String[] args) {
    Micronaut.build(args)
        .mainClass(Application.class)
        .properties(defaults(System.getenv("JDBC_URL")))
        .start();
  }

  /**
   * Without a JDBC_URL (unset or empty) the platform runs on the embedded database, whose URL
   * application.yml holds once ({@code hailong.embedded-database-url}).
   */
  static Map<String, Object> defaults(String jdbcUrl) {
    Map<String, Object> properties = new HashMap<>();
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      properties.put("datasources.default.url", "${hailong.embedded-database-url}");
      properties.put("datasources.default.username", "sa");
    }
    return properties;
  }
}
