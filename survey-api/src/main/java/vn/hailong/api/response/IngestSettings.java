package vn.hailong.api.response;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * How ratings are taken in ({@code hailong.ingest}, defaults in application.yml, README
 * "Configuration"). Checked when the application starts: the response writer is a context bean.
 *
 * @param batchSize most ratings stored in one transaction (group commit)
 * @param linger how long the writer waits for a group to fill; 0 commits what is there
 * @param timeout how long a request waits for its rating to be stored before a 503
 * @param burstWindow kiosk ratings received closer together than this are kept but flagged as a
 *     burst, unless a queued delivery ({@link BurstGuard})
 * @param clockSkew how far in the future a device's clock may run before its rating counts on the
 *     day it arrived instead (paper ratings: is refused)
 * @param webWindow how far in the past a web rating may be dated and still count on that day
 * @param webRateLimit web-form ratings per minute per client address; 0 turns the limit off
 */
@ConfigurationProperties("hailong.ingest")
public record IngestSettings(
    int batchSize,
    Duration linger,
    Duration timeout,
    Duration burstWindow,
    Duration clockSkew,
    Duration webWindow,
    int webRateLimit) {
  public IngestSettings {
    if (batchSize < 1
        || linger.isNegative()
        || timeout.isNegative()
        || timeout.isZero()
        || burstWindow.isNegative()
        || clockSkew.isNegative()
        || webWindow.isNegative()
        || webRateLimit < 0) {
      throw new IllegalArgumentException(
          "hailong.ingest: batch-size must be at least 1, timeout positive, linger, burst-window,"
              + " clock-skew and web-rate-limit at least 0; got "
              + batchSize
              + ", "
              + timeout
              + ", "
              + linger
              + ", "
              + burstWindow
              + ", "
              + clockSkew
              + ", "
              + webWindow
              + ", "
              + webRateLimit);
    }
  }
}
