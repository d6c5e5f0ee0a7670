package vn.hailong.api.chart;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Chart rendering ({@code hailong.charts}, defaults in application.yml).
 *
 * @param concurrency charts drawn at once; 0: one per core. A PNG takes up to 16 MB while drawn.
 * @param maxWait how long a chart waits for a free renderer before the answer is 503 busy
 */
@ConfigurationProperties("hailong.charts")
public record ChartSettings(int concurrency, Duration maxWait) {
  public ChartSettings {
    if (concurrency < 0 || maxWait == null || maxWait.isNegative()) {
      throw new IllegalArgumentException(
          "HAILONG_CHART_CONCURRENCY must be 0 or more, HAILONG_CHART_WAIT a duration");
    }
  }
}
