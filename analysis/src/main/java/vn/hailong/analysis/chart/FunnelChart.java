package vn.hailong.analysis.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import vn.hailong.analysis.Funnel;
import vn.hailong.analysis.FunnelLimits;
import vn.hailong.analysis.PercentFormat;

/**
 * The funnel plot (Spiegelhalter 2005): each unit's percentage (y) against its respondents (x), the
 * centre as a line, the 95% limits dashed and the 99.8% limits solid, both curving in as {@code n}
 * grows. Points outside the 95% limits are red (below) or green (above), the others grey, so that
 * the eye goes to the units that truly differ; the table beside it names them.
 */
public final class FunnelChart {
  private static final Color INSIDE = new Color(0x75, 0x75, 0x75);
  private static final Color BELOW = new Color(0xC6, 0x28, 0x28);
  private static final Color ABOVE = new Color(0x2E, 0x7D, 0x32);
  private static final int CURVE_POINTS = 120;

  private FunnelChart() {}

  /**
   * The funnel of the judged units around {@code centrePercent}.
   *
   * @param centreLabel what the centre is, e.g. "Tỉnh Khánh Hòa 87,2%" or "Mục tiêu 85,0%"
   * @param phi the over-dispersion factor the limits were computed with (1: none)
   */
  public static JFreeChart create(
      String title,
      List<Funnel.Judged> units,
      double centrePercent,
      String centreLabel,
      double phi) {
    long maxN = units.stream().mapToLong(Funnel.Judged::n).max().orElse(100);
    maxN = Math.max(maxN, 20);
    double centre = centrePercent / 100;

    XYSeriesCollection data = new XYSeriesCollection();
    XYSeries within = new XYSeries("Trong giới hạn", false);
    XYSeries below = new XYSeries("Thấp hơn (ngoài giới hạn 95%)", false);
    XYSeries above = new XYSeries("Cao hơn (ngoài giới hạn 95%)", false);
    double lowest = centrePercent;
    for (Funnel.Judged u : units) {
      if (u.position() == Funnel.Position.NO_DATA) {
        continue;
      }
      double p = u.point().percent();
      lowest = Math.min(lowest, p);
      switch (u.position()) {
        case BELOW_95, BELOW_998 -> below.add(u.n(), p);
        case ABOVE_95, ABOVE_998 -> above.add(u.n(), p);
        default -> within.add(u.n(), p);
      }
    }
    XYSeries centreLine = new XYSeries(centreLabel, false);
    XYSeries low95 = new XYSeries("Giới hạn 95%", false);
    XYSeries high95 = new XYSeries("Giới hạn 95% (trên)", false);
    XYSeries low998 = new XYSeries("Giới hạn 99,8%", false);
    XYSeries high998 = new XYSeries("Giới hạn 99,8% (trên)", false);
    long firstN = 5;
    for (int i = 0; i <= CURVE_POINTS; i++) {
      long n = firstN + Math.round((maxN * 1.05 - firstN) * i / CURVE_POINTS);
      FunnelLimits.Limits l95 = FunnelLimits.limits(centre, n, 0.95, phi);
      FunnelLimits.Limits l998 = FunnelLimits.limits(centre, n, 0.998, phi);
      centreLine.add(n, centrePercent);
      low95.add(n, l95.low());
      high95.add(n, l95.high());
      low998.add(n, l998.low());
      high998.add(n, l998.high());
    }
    long smallest = units.stream().mapToLong(Funnel.Judged::n).filter(n -> n > 0).min().orElse(20);
    lowest =
        Math.min(lowest, FunnelLimits.limits(centre, Math.max(20, smallest), 0.998, phi).low());
    data.addSeries(within); // 0
    data.addSeries(below); // 1
    data.addSeries(above); // 2
    data.addSeries(centreLine); // 3
    data.addSeries(low95); // 4
    data.addSeries(high95); // 5
    data.addSeries(low998); // 6
    data.addSeries(high998); // 7

    NumberAxis x = new NumberAxis("Số người đánh giá (n)");
    x.setNumberFormatOverride(PercentFormat.numberFormat(0, false));
    x.setRange(0, maxN * 1.05);
    double lower = Math.max(0, Math.floor((lowest - 5) / 10) * 10);
    NumberAxis y = ChartTheme.percentAxis("Tỷ lệ hài lòng", lower);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    XYPlot plot = new XYPlot(data, x, y, renderer);
    JFreeChart chart = new JFreeChart(title, plot);
    ChartTheme.apply(chart);

    Paint[] pointColours = {INSIDE, BELOW, ABOVE};
    for (int s = 0; s < 3; s++) {
      renderer.setSeriesLinesVisible(s, false);
      renderer.setSeriesShapesVisible(s, true);
      renderer.setSeriesShape(s, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
      renderer.setSeriesPaint(s, pointColours[s]);
    }
    BasicStroke dashed =
        new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    BasicStroke solid = new BasicStroke(1.5f);
    for (int s = 3; s < 8; s++) {
      renderer.setSeriesShapesVisible(s, false);
      renderer.setSeriesLinesVisible(s, true);
      renderer.setSeriesPaint(s, ChartTheme.TARGET_COLOR);
    }
    renderer.setSeriesStroke(3, new BasicStroke(2f));
    renderer.setSeriesStroke(4, dashed);
    renderer.setSeriesStroke(5, dashed);
    renderer.setSeriesStroke(6, solid);
    renderer.setSeriesStroke(7, solid);
    renderer.setSeriesVisibleInLegend(5, false);
    renderer.setSeriesVisibleInLegend(7, false);
    renderer.setSeriesPaint(6, new Color(0x37, 0x47, 0x4F));
    renderer.setSeriesPaint(7, new Color(0x37, 0x47, 0x4F));
    if (within.getItemCount() == 0) {
      renderer.setSeriesVisibleInLegend(0, false);
    }
    if (below.getItemCount() == 0) {
      renderer.setSeriesVisibleInLegend(1, false);
    }
    if (above.getItemCount() == 0) {
      renderer.setSeriesVisibleInLegend(2, false);
    }
    return chart;
  }
}
