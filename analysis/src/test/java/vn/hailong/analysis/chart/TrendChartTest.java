package vn.hailong.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.Period;
import vn.hailong.analysis.PeriodPercent;

class TrendChartTest {
  private static final String UNIT = "Thị xã Ninh Hòa";

  private static List<PeriodPercent> series(double... percents) {
    List<PeriodPercent> points = new ArrayList<>();
    Period p = Period.parse("2024-Q1");
    for (double percent : percents) {
      points.add(new PeriodPercent(p, percent));
      p = p.next();
    }
    return points;
  }

  static List<TrendSeries> ninhHoa(boolean withIndex) {
    List<TrendSeries> lines = new ArrayList<>();
    lines.add(new TrendSeries(Criterion.ACCESS.nameVi(), series(88, 90, 91, 93), false));
    lines.add(
        new TrendSeries(Criterion.PROCEDURES.nameVi(), series(72, 75, Double.NaN, 80), false));
    lines.add(new TrendSeries(Criterion.FEEDBACK.nameVi(), series(81, 79, 84, 86), false));
    if (withIndex) {
      lines.add(new TrendSeries("Chỉ số hài lòng", series(80.3, 81.3, 87.5, 86.3), true));
    }
    return lines;
  }

  @Test
  void periodsAreColumnsInOrderAndMissingValuesAreGaps() {
    List<TrendSeries> lines = new ArrayList<>(ninhHoa(false));
    // Series given out of order and starting later still line up by period.
    lines.add(
        new TrendSeries(
            "Sự phục vụ của công chức",
            List.of(
                new PeriodPercent(Period.parse("2024-Q4"), 90),
                new PeriodPercent(Period.parse("2024-Q2"), 85)),
            false));
    CategoryDataset dataset = TrendChart.createDataset(lines);
    assertEquals(
        List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"),
        dataset.getColumnKeys().stream().map(Object::toString).toList());
    assertNull(dataset.getValue(1, 2));
    assertNull(dataset.getValue(3, 0));
    assertEquals(85.0, dataset.getValue(3, 1).doubleValue());
  }

  @Test
  void theAxisStartsAtARoundValueBelowTheLowestPoint() {
    CategoryDataset dataset = TrendChart.createDataset(ninhHoa(true));
    assertEquals(60.0, TrendChart.lowerBound(dataset, 85)); // lowest 72 → 67 → 60
    assertEquals(
        0.0,
        TrendChart.lowerBound(
            TrendChart.createDataset(List.of(new TrendSeries("x", series(3, 50), false))), 85));
  }

  @Test
  void theIndexIsDrawnThickerInBlackWithTheTargetLine() throws Exception {
    JFreeChart chart = TrendChart.create(UNIT, ninhHoa(true), 85);
    CategoryPlot plot = chart.getCategoryPlot();
    CategoryItemRenderer renderer = plot.getRenderer();
    float indexWidth = ((BasicStroke) renderer.getSeriesStroke(3)).getLineWidth();
    float criterionWidth = ((BasicStroke) renderer.getSeriesStroke(0)).getLineWidth();
    assertTrue(indexWidth > criterionWidth);
    ValueMarker target = (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
    assertEquals(85.0, target.getValue());
    assertEquals(60.0, plot.getRangeAxis().getLowerBound());

    long black = RenderedChart.png(chart, 900, 500).pixelsOf(Color.BLACK);
    long blackWithoutIndex =
        RenderedChart.png(TrendChart.create(UNIT, ninhHoa(false), 85), 900, 500)
            .pixelsOf(Color.BLACK);
    assertTrue(
        black > 1000 && blackWithoutIndex < black / 10,
        "index line pixels " + black + " vs " + blackWithoutIndex);
  }

  @Test
  void svgCarriesTheUnitNameAndTheTargetLabel() throws Exception {
    JFreeChart chart = TrendChart.create(UNIT, ninhHoa(true), 85);
    RenderedChart.svg(chart, 900, 500, UNIT);
    RenderedChart.svg(chart, 900, 500, "Mục tiêu 85,0%");
  }

  private static List<PeriodPercent> from(String first, double... percents) {
    List<PeriodPercent> points = new ArrayList<>();
    Period p = Period.parse(first);
    for (double percent : percents) {
      points.add(new PeriodPercent(p, percent));
      p = p.next();
    }
    return points;
  }

  @Test
  void theTargetStepsWhereItChangesAndTheReformIsMarked() throws Exception {
    List<TrendSeries> lines =
        List.of(new TrendSeries("Chỉ số hài lòng", from("2024-Q3", 80, 82, 84, 85, 88, 90), true));
    JFreeChart chart =
        TrendChart.create(
            UNIT,
            lines,
            from("2024-Q3", 85, 85, 95, 95, 95, 95),
            List.of(java.time.LocalDate.of(2025, 7, 1)));
    CategoryPlot plot = chart.getCategoryPlot();

    CategoryDataset steps = plot.getDataset(1);
    assertEquals(85.0, steps.getValue("Mục tiêu", Period.parse("2024-Q4")).doubleValue());
    assertEquals(95.0, steps.getValue("Mục tiêu", Period.parse("2025-Q1")).doubleValue());
    assertTrue(plot.getRangeMarkers(Layer.FOREGROUND) == null, "no flat line beside the step");
    var markers = plot.getDomainMarkers(Layer.FOREGROUND);
    assertEquals(1, markers.size());
    var reform = (org.jfree.chart.plot.CategoryMarker) markers.iterator().next();
    assertEquals(Period.parse("2025-Q3"), reform.getKey());
    assertEquals("Sắp xếp đơn vị 01/07/2025", reform.getLabel());
    RenderedChart.svg(chart, 1000, 600, "Sắp xếp đơn vị 01/07/2025");
    // the y axis reaches down to the lowest target and point with room to spare
    assertEquals(70.0, plot.getRangeAxis().getLowerBound());
  }

  @Test
  void periodsWithDoneTasksAreMarkedWithTheirCount() throws Exception {
    List<TrendSeries> lines =
        List.of(new TrendSeries("Chỉ số hài lòng", from("2024-Q3", 80, 82, 84, 85, 88, 90), true));
    JFreeChart chart =
        TrendChart.create(UNIT, lines, from("2024-Q3", 85, 85, 95, 95, 95, 95), List.of());
    int marks =
        TrendChart.markTasksDone(
            chart,
            List.of(
                java.time.LocalDate.of(2025, 2, 10),
                java.time.LocalDate.of(2025, 3, 31),
                java.time.LocalDate.of(2025, 11, 5),
                // before the chart's first period: not drawn
                java.time.LocalDate.of(2023, 1, 1)));
    CategoryPlot plot = chart.getCategoryPlot();

    assertEquals(2, marks);
    var markers = new ArrayList<>(plot.getDomainMarkers(Layer.BACKGROUND));
    assertEquals(2, markers.size());
    var first = (org.jfree.chart.plot.CategoryMarker) markers.get(0);
    var second = (org.jfree.chart.plot.CategoryMarker) markers.get(1);
    assertEquals(Period.parse("2025-Q1"), first.getKey());
    assertEquals("✓ 2", first.getLabel());
    assertEquals(Period.parse("2025-Q4"), second.getKey());
    assertEquals("✓ 1", second.getLabel());
    var legend = plot.getLegendItems();
    assertEquals(
        "✓ Nhiệm vụ cải thiện hoàn thành", legend.get(legend.getItemCount() - 1).getLabel());
    RenderedChart.svg(chart, 1000, 600, "Nhiệm vụ cải thiện hoàn thành");
  }

  @Test
  void noDoneTaskLeavesTheChartWithoutMarks() {
    JFreeChart chart = TrendChart.create(UNIT, ninhHoa(true), 85);
    int legendBefore = chart.getCategoryPlot().getLegendItems().getItemCount();
    assertEquals(0, TrendChart.markTasksDone(chart, List.of()));
    assertTrue(chart.getCategoryPlot().getDomainMarkers(Layer.BACKGROUND) == null);
    assertEquals(legendBefore, chart.getCategoryPlot().getLegendItems().getItemCount());
  }
}
