package vn.hailong.analysis.chart;

import java.util.List;
import vn.hailong.analysis.PeriodPercent;

/**
 * One line of a {@link TrendChart}: a criterion's (or the index's) percentage per period.
 *
 * @param name the legend text, e.g. {@code Criterion.PROCEDURES.nameVi()} or "Chỉ số hài lòng"
 * @param points the percentage per period; {@code NaN} leaves a gap in the line
 * @param index whether this is the satisfaction index, drawn thicker
 */
public record TrendSeries(String name, List<PeriodPercent> points, boolean index) {
  /** Copies the points and checks the name. */
  public TrendSeries {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A trend series needs a name");
    }
    points = List.copyOf(points);
  }
}
