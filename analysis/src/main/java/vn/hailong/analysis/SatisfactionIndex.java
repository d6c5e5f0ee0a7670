package vn.hailong.analysis;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The satisfaction index (<i>Chỉ số hài lòng</i>) of a unit and period: the unweighted mean of the
 * criterion percentages that have data.
 *
 * <pre>
 *   index = (1/k) · Σ percent_c   over the k criteria c with valid_c &gt; 0
 * </pre>
 *
 * Each criterion weighs the same however many answers it has, as in the provincial method; a
 * criterion without any valid answer is left out rather than counted as 0. Empty when no criterion
 * has data. Example: 92.5, 80, 85, 90, 75 and 87.5 give 85.0.
 */
public final class SatisfactionIndex {
  private SatisfactionIndex() {}

  /** The mean percent of the proportions with data; empty when none has data. */
  public static OptionalDouble of(Collection<Proportion> criterionProportions) {
    return criterionProportions.stream()
        .filter(Proportion::hasData)
        .mapToDouble(Proportion::percent)
        .average();
  }

  /** The index of pooled tallies by criterion. */
  public static OptionalDouble ofTallies(Map<Criterion, Tally> tallies) {
    return of(tallies.values().stream().map(Proportion::of).toList());
  }

  /** The index of a set of criterion assessments (one per criterion). */
  public static OptionalDouble ofAssessments(Collection<CriterionAssessment> assessments) {
    return of(assessments.stream().map(CriterionAssessment::proportion).toList());
  }
}
