package vn.hailong.api.analysis;

import java.util.EnumMap;
import java.util.Map;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.Tally;

/** Pools question tallies into criterion tallies: all questions of a criterion count together. */
final class Criteria {
  private Criteria() {}

  static Map<Criterion, Tally> pool(Map<String, Tally> byQuestion) {
    Map<Criterion, Tally> pooled = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      pooled.put(criterion, Tally.EMPTY);
    }
    byQuestion.forEach(
        (code, tally) -> pooled.merge(Criterion.ofQuestion(code), tally, Tally::plus));
    return pooled;
  }

  /**
   * How many ratings the tallies come from: every rating answers each headline question (possibly
   * "not applicable"), so it is the largest headline total.
   */
  static long respondents(Map<String, Tally> byQuestion) {
    long most = 0;
    for (Criterion criterion : Criterion.values()) {
      Tally headline = byQuestion.get(criterion.name());
      if (headline != null) {
        most = Math.max(most, headline.total());
      }
    }
    return most;
  }

  /** NaN cannot travel in JSON: a figure without data is null. */
  static Double orNull(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
