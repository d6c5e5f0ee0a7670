package vn.hailong.analysis.chart;

import java.awt.BasicStroke;
import java.awt.geom.Line2D;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryStepRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.LengthAdjustmentType;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.hailong.analysis.Period;
import vn.hailong.analysis.PeriodPercent;
import vn.hailong.analysis.VietnamDates;

/**
 * A unit's satisfaction over time: one line per criterion plus the satisfaction index (thicker),
 * and the target as a dashed line that steps where the target changes (85% in 2023, 95% from 2025).
 * A change of the unit tree within the range (the reform of 2025-07-01) is a labelled vertical line
 * at the first period after it. The x axis lists periods ({@code 2024-Q1}, ...) in order; a period
 * without data leaves a gap rather than a misleading 0. The y axis is percent satisfied, from a
 * round value below the lowest point (or target) up to 100.
 */
public final class TrendChart {
  private static final int ROTATE_LABELS_ABOVE = 12;
  private static final String TARGET = "Mục tiêu";

  /** The legend line of the ✓ marks. */
  public static final String TASKS_DONE = "Nhiệm vụ cải thiện hoàn thành";

  private TrendChart() {}

  /** Row key of a line: its name, and whether it is the index. */
  record Line(String name, boolean index) implements Comparable<Line> {
    @Override
    public int compareTo(Line other) {
      return name.compareTo(other.name);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The chart of the given lines for one unit, against one target for the whole range. */
  public static JFreeChart create(String unitName, List<TrendSeries> series, double target) {
    return createChart(unitName, createDataset(series), target);
  }

  /**
   * The chart of the given lines against the target of each period (a step where it changes), with
   * a marker at the first period that begins on or after each date in {@code reorganisations}.
   */
  public static JFreeChart create(
      String unitName,
      List<TrendSeries> series,
      List<PeriodPercent> targets,
      List<LocalDate> reorganisations) {
    CategoryDataset dataset = createDataset(series);
    double lowest = targets.stream().mapToDouble(PeriodPercent::percent).min().orElse(100);
    JFreeChart chart = createChart(unitName, dataset, lowest);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.clearRangeMarkers();
    DefaultCategoryDataset steps = new DefaultCategoryDataset();
    for (int col = 0; col < dataset.getColumnCount(); col++) {
      steps.addValue(null, TARGET, dataset.getColumnKey(col));
    }
    targets.forEach(t -> steps.addValue(t.percent(), TARGET, t.period()));
    CategoryStepRenderer stepRenderer = new CategoryStepRenderer(true);
    stepRenderer.setSeriesPaint(0, ChartTheme.TARGET_COLOR);
    stepRenderer.setSeriesStroke(0, ChartTheme.targetStroke());
    plot.setDataset(1, steps);
    plot.setRenderer(1, stepRenderer);
    for (LocalDate date : reorganisations) {
      for (Object key : dataset.getColumnKeys()) {
        Period period = (Period) key;
        if (period.contains(date) || period.start().isAfter(date)) {
          plot.addDomainMarker(reorganisation(period, date));
          break;
        }
      }
    }
    return chart;
  }

  /**
   * Marks each period of the chart in which improvement tasks were done with a green line labelled
   * "✓ n" (n tasks done in it), drawn behind the lines (background layer) so that the reform marks
   * in front stay apart, and adds "✓ Nhiệm vụ cải thiện hoàn thành" to the legend when any mark is
   * drawn. Dates outside the chart's periods are left out: the chart shows only its range.
   *
   * @param doneOn the day each task was done, one entry per task
   * @return the number of marks drawn
   */
  public static int markTasksDone(JFreeChart chart, List<LocalDate> doneOn) {
    CategoryPlot plot = chart.getCategoryPlot();
    Map<Period, Integer> counts = new TreeMap<>();
    for (LocalDate date : doneOn) {
      for (Object key : plot.getDataset(0).getColumnKeys()) {
        if (((Period) key).contains(date)) {
          counts.merge((Period) key, 1, Integer::sum);
          break;
        }
      }
    }
    counts.forEach((period, n) -> plot.addDomainMarker(taskDone(period, n), Layer.BACKGROUND));
    if (!counts.isEmpty()) {
      LegendItemCollection legend = plot.getLegendItems();
      LegendItem item =
          new LegendItem(
              "✓ " + TASKS_DONE,
              null,
              null,
              null,
              new Line2D.Double(-7, 0, 7, 0),
              new BasicStroke(2f),
              ChartTheme.DONE_COLOR);
      item.setLabelFont(ChartTheme.font(false, 12f));
      legend.add(item);
      plot.setFixedLegendItems(legend);
    }
    return counts.size();
  }

  private static CategoryMarker taskDone(Period period, int count) {
    CategoryMarker marker = new CategoryMarker(period, ChartTheme.DONE_COLOR, new BasicStroke(2f));
    marker.setDrawAsLine(true);
    marker.setLabel("✓ " + count);
    marker.setLabelFont(ChartTheme.font(true, 11f));
    marker.setLabelPaint(ChartTheme.DONE_COLOR);
    marker.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    // a line marker is a zero-width rectangle, expanded by default: contracting it by a left inset
    // alone puts the label just right of the line instead of across it
    marker.setLabelOffsetType(LengthAdjustmentType.CONTRACT);
    marker.setLabelOffset(new RectangleInsets(4, 6, 4, 0));
    return marker;
  }

  private static CategoryMarker reorganisation(Period period, LocalDate date) {
    CategoryMarker marker =
        new CategoryMarker(period, ChartTheme.TARGET_COLOR, new BasicStroke(1.5f));
    marker.setDrawAsLine(true);
    marker.setLabel("Sắp xếp đơn vị " + VietnamDates.format(date));
    marker.setLabelFont(ChartTheme.font(false, 11f));
    marker.setLabelPaint(ChartTheme.TARGET_COLOR);
    marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    marker.setLabelOffset(new RectangleInsets(4, 6, 4, 4));
    return marker;
  }

  /** Rows are the series (in the given order), columns the periods of all series, in order. */
  public static CategoryDataset createDataset(List<TrendSeries> series) {
    TreeSet<Period> periods = new TreeSet<>();
    series.forEach(s -> s.points().forEach(p -> periods.add(p.period())));
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (TrendSeries s : series) {
      Line line = new Line(s.name(), s.index());
      periods.forEach(period -> dataset.addValue(null, line, period));
      for (PeriodPercent p : s.points()) {
        dataset.addValue(p.hasData() ? p.percent() : null, line, p.period());
      }
    }
    return dataset;
  }

  /** A line chart of the dataset with the target line. */
  public static JFreeChart createChart(String unitName, CategoryDataset dataset, double target) {
    JFreeChart chart =
        ChartFactory.createLineChart(
            unitName,
            "Kỳ",
            "Tỷ lệ hài lòng",
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRangeAxis(ChartTheme.percentAxis("Tỷ lệ hài lòng", lowerBound(dataset, target)));
    CategoryAxis periods = plot.getDomainAxis();
    if (dataset.getColumnCount() > ROTATE_LABELS_ABOVE) {
      periods.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    ChartTheme.apply(chart);
    plot.addRangeMarker(ChartTheme.targetMarker(target));
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setDefaultShapesVisible(true);
    for (int row = 0; row < dataset.getRowCount(); row++) {
      boolean index = dataset.getRowKey(row) instanceof Line line && line.index();
      renderer.setSeriesStroke(row, ChartTheme.lineStroke(index));
      if (index) {
        renderer.setSeriesPaint(row, ChartTheme.INDEX_COLOR);
      }
    }
    return chart;
  }

  /** A multiple of 10 at least 5 points below every value and the target, not below 0. */
  static double lowerBound(CategoryDataset dataset, double target) {
    double min = target;
    for (int row = 0; row < dataset.getRowCount(); row++) {
      for (int col = 0; col < dataset.getColumnCount(); col++) {
        Number v = dataset.getValue(row, col);
        if (v != null) {
          min = Math.min(min, v.doubleValue());
        }
      }
    }
    return Math.max(0, Math.floor((min - 5) / 10) * 10);
  }
}
