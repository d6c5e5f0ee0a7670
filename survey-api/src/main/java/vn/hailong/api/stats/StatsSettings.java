package vn.hailong.api.stats;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import vn.hailong.analysis.Assessability;
import vn.hailong.analysis.SampleSizePlanner;

/**
 * The published rules beyond the league table ({@code hailong.stats}, defaults in application.yml;
 * docs/method.md).
 *
 * @param maxHalfWidth a unit-criterion is assessable when its interval's half-width is at most this
 *     many points (or its respondents reach the planner's size)
 * @param alpha the planner's one-sided significance level
 * @param power the planner's power
 * @param alertMinBaseline the fewest answers in a 13-week baseline for a week to be judged
 * @param alertScan how often the weekly p-charts of every unit are checked for new signals
 */
@ConfigurationProperties("hailong.stats")
public record StatsSettings(
    double maxHalfWidth, double alpha, double power, int alertMinBaseline, Duration alertScan) {
  public StatsSettings {
    // the analysis classes check the ranges; here they fail at start-up, not at the first request
    new Assessability(maxHalfWidth);
    new SampleSizePlanner(alpha, power);
    if (alertMinBaseline < 1) {
      throw new IllegalArgumentException("hailong.stats.alert-min-baseline must be at least 1");
    }
    if (alertScan == null || alertScan.isNegative() || alertScan.isZero()) {
      throw new IllegalArgumentException("hailong.stats.alert-scan must be positive");
    }
  }

  Assessability assessability() {
    return new Assessability(maxHalfWidth);
  }

  SampleSizePlanner planner() {
    return new SampleSizePlanner(alpha, power);
  }
}
