package vn.hailong.api;

import io.micronaut.runtime.Micronaut;
import java.util.HashMap;
import java.util.Map;

public final class Application {
  private Application() {}

  public static void main(String[] args) {
    Map<String, Object> properties = new HashMap<>();
    // An empty JDBC_URL means the same as none: the embedded database (application.yml).
    String url = System.getenv("JDBC_URL");
    if (url != null && url.isBlank()) {
      properties.put("datasources.default.url", "${hailong.embedded-database-url}");
      properties.put("datasources.default.username", "sa");
    }
    Micronaut.build(args).mainClass(Application.class).properties(properties).start();
  }
}
