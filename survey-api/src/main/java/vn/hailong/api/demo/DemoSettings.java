package vn.hailong.api.demo;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.Locale;

/**
 * Demo ratings ({@code hailong.demo}, default in application.yml).
 *
 * @param data {@code auto}: only on the embedded database; {@code true}; {@code false}
 */
@ConfigurationProperties("hailong.demo")
public record DemoSettings(String data) {
  public DemoSettings {
    data = data.strip().toLowerCase(Locale.ROOT);
    if (!data.equals("auto") && !data.equals("true") && !data.equals("false")) {
      throw new IllegalArgumentException(
          "HAILONG_DEMO_DATA must be auto, true or false, got '" + data + "'");
    }
  }
}
