package vn.hailong.analysis.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.CriterionAssessment;
import vn.hailong.analysis.PercentFormat;
import vn.hailong.analysis.Status;

/**
 * The six criteria of one unit and period side by side: one bar per criterion at its percent
 * satisfied, coloured by {@link Status}, with its 95% interval as a whisker, {@code n} (valid
 * answers) under each name and the target as a dashed line. The legend explains the colours and
 * names the target, so that no label lies on a bar or another label: each bar's percent is written
 * inside its top. When criteria have different targets, each bar gets its own target tick instead
 * of one line. Bars start at 0 so lengths compare.
 */
public final class CriteriaChart {
  private static final String SATISFIED = "Tỷ lệ hài lòng";
  private static final String TARGET = "Mục tiêu";
  private static final Stroke WHISKER = new BasicStroke(1.6f);

  private CriteriaChart() {}

  /**
   * Column key of a bar, carrying what colours it and its target; its text is the axis label "Thủ
   * tục hành chính\nn = 412".
   */
  record Bar(
      Criterion criterion, long answers, Status status, double target, double low, double high)
      implements Comparable<Bar> {
    @Override
    public int compareTo(Bar other) {
      return criterion.compareTo(other.criterion);
    }

    @Override
    public String toString() {
      return criterion.nameVi() + "\nn = " + answers;
    }
  }

  /** The chart of a unit's criteria. */
  public static JFreeChart create(String title, List<CriterionAssessment> assessments) {
    return createChart(title, createDataset(assessments));
  }

  /**
   * One row, "Tỷ lệ hài lòng": each criterion's percent (none without data), in the given order;
   * the column keys carry n, status and target.
   */
  public static CategoryDataset createDataset(List<CriterionAssessment> assessments) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (CriterionAssessment a : assessments) {
      Bar bar = new Bar(a.criterion(), a.answers(), a.status(), a.target(), a.ciLow(), a.ciHigh());
      dataset.addValue(a.hasData() ? a.percent() : null, SATISFIED, bar);
    }
    return dataset;
  }

  /** A bar chart of the dataset with status colours and the target. */
  public static JFreeChart createChart(String title, CategoryDataset dataset) {
    List<Bar> bars = keys(dataset);
    JFreeChart chart =
        ChartFactory.createBarChart(
            title, null, SATISFIED, dataset, PlotOrientation.VERTICAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRangeAxis(ChartTheme.percentAxis(SATISFIED, 0));
    CategoryAxis axis = plot.getDomainAxis();
    axis.setMaximumCategoryLabelLines(4);
    axis.setMaximumCategoryLabelWidthRatio(1f);
    plot.setRenderer(statusBars(bars));
    ChartTheme.apply(chart);

    LegendItemCollection legend = new LegendItemCollection();
    for (Status status : Status.values()) {
      legend.add(new LegendItem(status.labelVi(), ChartTheme.statusColor(status)));
    }
    double common = commonTarget(bars);
    if (!Double.isNaN(common)) {
      plot.addRangeMarker(ChartTheme.targetLine(common));
    } else if (!bars.isEmpty()) {
      DefaultCategoryDataset targets = new DefaultCategoryDataset();
      bars.forEach(bar -> targets.addValue(bar.target(), TARGET, bar));
      plot.setDataset(1, targets);
      plot.setRenderer(1, targetTicks());
      plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // ticks over the bars
    }
    legend.add(
        new LegendItem(
            Double.isNaN(common) ? TARGET : ChartTheme.targetLabel(common),
            null,
            null,
            null,
            new Line2D.Double(-8, 0, 8, 0),
            ChartTheme.targetStroke(),
            ChartTheme.TARGET_COLOR));
    plot.setFixedLegendItems(legend);
    return chart;
  }

  /**
   * Bars painted by the status in their column key, labelled with their percent inside the top (the
   * whisker of the interval rises above the bar, where a label would collide with it).
   */
  private static BarRenderer statusBars(List<Bar> bars) {
    BarRenderer renderer =
        new BarRenderer() {
          @Override
          public Paint getItemPaint(int row, int column) {
            return ChartTheme.statusColor(bars.get(column).status());
          }

          @Override
          public Paint getItemLabelPaint(int row, int column) {
            return ChartTheme.labelOn(bars.get(column).status());
          }

          @Override
          public void drawItem(
              Graphics2D g2,
              CategoryItemRendererState state,
              Rectangle2D dataArea,
              CategoryPlot plot,
              CategoryAxis domainAxis,
              ValueAxis rangeAxis,
              CategoryDataset dataset,
              int row,
              int column,
              int pass) {
            super.drawItem(
                g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            Bar bar = bars.get(column);
            if (pass != 0 || dataset.getValue(row, column) == null || Double.isNaN(bar.low())) {
              return;
            }
            double x =
                domainAxis.getCategoryMiddle(
                    column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
            double low = rangeAxis.valueToJava2D(bar.low(), dataArea, plot.getRangeAxisEdge());
            double high = rangeAxis.valueToJava2D(bar.high(), dataArea, plot.getRangeAxisEdge());
            double cap = Math.min(8, state.getBarWidth() / 4);
            g2.setPaint(ChartTheme.INTERVAL_COLOR);
            g2.setStroke(WHISKER);
            g2.draw(new Line2D.Double(x, low, x, high));
            g2.draw(new Line2D.Double(x - cap, low, x + cap, low));
            g2.draw(new Line2D.Double(x - cap, high, x + cap, high));
          }
        };
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", PercentFormat.numberFormat(1, true)));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartTheme.font(true, 12f));
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.INSIDE12, TextAnchor.TOP_CENTER));
    // a bar too short for its label writes it just above instead
    renderer.setPositiveItemLabelPositionFallback(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    renderer.setMaximumBarWidth(0.12);
    return renderer;
  }

  private static List<Bar> keys(CategoryDataset dataset) {
    List<Bar> bars = new ArrayList<>();
    for (Object key : dataset.getColumnKeys()) {
      if (!(key instanceof Bar bar)) {
        throw new IllegalArgumentException("Build the dataset with CriteriaChart.createDataset");
      }
      bars.add(bar);
    }
    return bars;
  }

  /** The target shared by all criteria, or NaN when they differ (or there are none). */
  private static double commonTarget(List<Bar> bars) {
    double[] targets = bars.stream().mapToDouble(Bar::target).distinct().toArray();
    return targets.length == 1 ? targets[0] : Double.NaN;
  }

  private static LineAndShapeRenderer targetTicks() {
    LineAndShapeRenderer ticks = new LineAndShapeRenderer(false, true);
    ticks.setSeriesShape(0, new Line2D.Double(-22, 0, 22, 0));
    ticks.setSeriesShapesFilled(0, false);
    ticks.setUseOutlinePaint(false);
    ticks.setSeriesPaint(0, ChartTheme.TARGET_COLOR);
    ticks.setSeriesOutlineStroke(0, ChartTheme.targetTickStroke());
    return ticks;
  }
}
