package vn.hailong.api.analysis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.Proportion;
import vn.hailong.analysis.SatisfactionIndex;
import vn.hailong.analysis.Tally;
import vn.hailong.api.unit.Unit;

/**
 * A PARTIAL predecessor shown apart from the unit's own figures: a commune that was split, so how
 * much of its history belongs to this successor is unknown. Its figures are its own ratings with
 * those of its WHOLE predecessors (what {@code partial=include} would add on its account), in the
 * request's scope. {@code answers} are valid answers to what the figure is about: of a criterion,
 * or for the index the sum over the six criteria (as the trend's index points); {@code percent} is
 * that criterion's share satisfied or the index, null without data.
 */
@Serdeable
public record PartialPredecessor(String code, String name, long answers, @Nullable Double percent) {

  /** The index of the pooled question tallies. */
  static PartialPredecessor index(Unit unit, Map<String, Tally> byQuestion) {
    Map<Criterion, Tally> criteria = Criteria.pool(byQuestion);
    return new PartialPredecessor(
        unit.code(),
        unit.name(),
        Tally.pool(criteria.values()).valid(),
        Criteria.orNull(SatisfactionIndex.ofTallies(criteria).orElse(Double.NaN)));
  }

  /** One criterion of the pooled question tallies; null: the index. */
  static PartialPredecessor of(
      Unit unit, Map<String, Tally> byQuestion, @Nullable Criterion criterion) {
    if (criterion == null) {
      return index(unit, byQuestion);
    }
    Proportion p = Proportion.of(Criteria.pool(byQuestion).get(criterion));
    return new PartialPredecessor(
        unit.code(), unit.name(), p.valid(), p.hasData() ? p.percent() : null);
  }
}
