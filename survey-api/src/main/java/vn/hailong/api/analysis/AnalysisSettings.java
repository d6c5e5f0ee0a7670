package vn.hailong.api.analysis;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * How results are judged ({@code hailong.analysis}, defaults in application.yml).
 *
 * @param minAnswers criterion results with fewer valid answers are INSUFFICIENT_DATA
 */
@ConfigurationProperties("hailong.analysis")
public record AnalysisSettings(int minAnswers) {
  public AnalysisSettings {
    if (minAnswers < 1) {
      throw new IllegalArgumentException("hailong.analysis.min-answers must be at least 1");
    }
  }
}
