package vn.hailong.api.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import vn.hailong.analysis.Period;
import vn.hailong.analysis.PeriodPercent;
import vn.hailong.analysis.chart.RankingChart;
import vn.hailong.analysis.chart.RankingEntry;
import vn.hailong.analysis.chart.TrendChart;
import vn.hailong.analysis.chart.TrendSeries;
import vn.hailong.api.analysis.RankingReport;
import vn.hailong.api.analysis.TrendReport;

/** The analysis reports as charts, for the chart endpoints and the PDF report alike. */
public final class AnalysisCharts {
  private AnalysisCharts() {}

  /**
   * Every series of the report, the index line bold, against the index's target of each period (a
   * step where it changes) and the report's reorganisations marked.
   */
  public static JFreeChart trend(TrendReport report) {
    return trend(report, List.of());
  }

  /**
   * The trend chart with a ✓ mark at each period in which improvement tasks were done ({@code
   * tasksDone}: the day each task was done, one entry per task).
   */
  public static JFreeChart trend(TrendReport report, List<LocalDate> tasksDone) {
    List<TrendSeries> lines = new ArrayList<>();
    List<PeriodPercent> targets = List.of();
    for (TrendReport.Series series : report.series()) {
      List<PeriodPercent> points =
          series.points().stream()
              .map(
                  p ->
                      new PeriodPercent(
                          Period.parse(p.period()), p.percent() == null ? Double.NaN : p.percent()))
              .toList();
      boolean index = series.criterion().equals("INDEX");
      lines.add(new TrendSeries(series.nameVi(), points, index));
      if (index) {
        targets =
            series.points().stream()
                .map(p -> new PeriodPercent(Period.parse(p.period()), p.target()))
                .toList();
      }
    }
    JFreeChart chart =
        TrendChart.create(report.unitName(), lines, targets, report.reorganisations());
    TrendChart.markTasksDone(chart, tasksDone);
    return chart;
  }

  /** A bar per ranked unit with the index target line. */
  public static JFreeChart ranking(RankingReport report, String title, double target) {
    return RankingChart.create(
        title,
        report.units().stream()
            .map(e -> new RankingEntry(e.unitName(), e.index() == null ? Double.NaN : e.index()))
            .toList(),
        target);
  }
}
