package vn.hailong.api.report;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Report building ({@code hailong.reports}, defaults in application.yml).
 *
 * @param concurrency reports built at once; 0: one per core. A PDF draws two charts while built.
 * @param maxWait how long a report waits for a free builder before the answer is 503 busy
 */
@ConfigurationProperties("hailong.reports")
public record ReportSettings(int concurrency, Duration maxWait) {
  public ReportSettings {
    if (concurrency < 0 || maxWait == null || maxWait.isNegative()) {
      throw new IllegalArgumentException(
          "HAILONG_REPORT_CONCURRENCY must be 0 or more, HAILONG_REPORT_WAIT a duration");
    }
  }
}
