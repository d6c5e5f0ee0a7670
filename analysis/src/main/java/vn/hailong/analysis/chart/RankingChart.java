package vn.hailong.analysis.chart;

import java.awt.Paint;
import java.awt.geom.Line2D;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.hailong.analysis.PercentFormat;
import vn.hailong.analysis.Status;

/**
 * Units ranked by satisfaction index, highest first, as horizontal bars with the target as a dashed
 * line. A bar at or above the target is green ("Đạt chỉ tiêu"), below it amber; units without data
 * are listed last, without a bar. Ties keep the given order.
 */
public final class RankingChart {
  private static final String INDEX = "Chỉ số hài lòng";
  static final String NO_DATA_SUFFIX = " (chưa có dữ liệu)";

  private RankingChart() {}

  /** The ranking chart of the given units. */
  public static JFreeChart create(String title, List<RankingEntry> entries, double target) {
    return createChart(title, createDataset(entries), target);
  }

  /** One row, "Chỉ số hài lòng"; columns are the units from highest index to lowest, then none. */
  public static CategoryDataset createDataset(List<RankingEntry> entries) {
    List<RankingEntry> ranked =
        entries.stream()
            .sorted(
                Comparator.comparing(RankingEntry::hasData)
                    .reversed()
                    .thenComparing(
                        Comparator.comparingDouble(RankingEntry::indexPercent).reversed()))
            .toList();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (RankingEntry e : ranked) {
      if (e.hasData()) {
        dataset.addValue(e.indexPercent(), INDEX, e.unitName());
      } else {
        dataset.addValue(null, INDEX, e.unitName() + NO_DATA_SUFFIX);
      }
    }
    return dataset;
  }

  /** A horizontal bar chart of the dataset with the target line. */
  public static JFreeChart createChart(String title, CategoryDataset dataset, double target) {
    JFreeChart chart =
        ChartFactory.createBarChart(
            title, null, INDEX, dataset, PlotOrientation.HORIZONTAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRangeAxis(ChartTheme.percentAxis(INDEX, 0));
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    plot.setRenderer(targetBars(dataset, target));
    ChartTheme.apply(chart);
    plot.addRangeMarker(ChartTheme.targetLine(target));

    LegendItemCollection legend = new LegendItemCollection();
    legend.add(new LegendItem("Đạt chỉ tiêu", ChartTheme.statusColor(Status.MET)));
    legend.add(new LegendItem("Chưa đạt chỉ tiêu", ChartTheme.statusColor(Status.BELOW)));
    legend.add(
        new LegendItem(
            ChartTheme.targetLabel(target),
            null,
            null,
            null,
            new Line2D.Double(-8, 0, 8, 0),
            ChartTheme.targetStroke(),
            ChartTheme.TARGET_COLOR));
    plot.setFixedLegendItems(legend);
    return chart;
  }

  private static BarRenderer targetBars(CategoryDataset dataset, double target) {
    BarRenderer renderer =
        new BarRenderer() {
          @Override
          public Paint getItemPaint(int row, int column) {
            Number value = dataset.getValue(row, column);
            boolean met = value != null && value.doubleValue() >= target;
            return ChartTheme.statusColor(met ? Status.MET : Status.BELOW);
          }
        };
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", PercentFormat.numberFormat(1, true)));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setItemLabelAnchorOffset(6); // keeps "85,0%" clear of the target line
    renderer.setMaximumBarWidth(0.08);
    return renderer;
  }
}
