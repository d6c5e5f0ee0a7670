package vn.hailong.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which database the platform starts on: JDBC_URL exactly as given, or the embedded H2 when it is
 * unset or empty. Reads the environment as the application would, without starting any bean.
 */
class ApplicationDatabaseTest {
  private static String url(String jdbcUrl) {
    Map<String, Object> properties = new HashMap<>(Application.defaults(jdbcUrl));
    if (jdbcUrl != null) {
      properties.put("JDBC_URL", jdbcUrl); // as the environment variable would be seen
    }
    try (ApplicationContext context =
        ApplicationContext.builder().deduceEnvironment(false).properties(properties).build()) {
      Environment environment = context.getEnvironment().start();
      return environment.getRequiredProperty("datasources.default.url", String.class);
    }
  }

  @Test
  void aGivenUrlIsUsedAsItIs() {
    String mariadb =
        "jdbc:mysql://127.0.0.1:3306/hailong?rewriteBatchedStatements=true&connectionTimeZone=UTC";
    assertEquals(mariadb, url(mariadb));
  }

  @Test
  void noUrlOrAnEmptyOneIsTheEmbeddedDatabase() {
    String embedded = url(null);
    assertEquals(embedded, url(""));
    assertEquals(
        "jdbc:h2:file:./data/hailong;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;WRITE_DELAY=0",
        embedded);
  }
}
