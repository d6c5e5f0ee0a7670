package vn.hailong.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.CriterionAssessment;
import vn.hailong.analysis.Status;
import vn.hailong.analysis.Tally;

class CriteriaChartTest {
  private static final String TITLE = "UBND phường Vĩnh Hòa – Quý 1/2024";

  /** One assessment per criterion, covering every status. */
  static List<CriterionAssessment> vinhHoa(double procedureTarget) {
    List<CriterionAssessment> list = new ArrayList<>();
    list.add(assess(Criterion.ACCESS, new Tally(0, 1, 2, 20, 17, 3), 85)); // 37/40 MET
    list.add(assess(Criterion.FACILITIES, new Tally(2, 3, 5, 30, 10, 0), 85)); // 40/50 BELOW
    list.add(assess(Criterion.PROCEDURES, new Tally(5, 10, 20, 200, 177, 4), procedureTarget));
    list.add(assess(Criterion.STAFF, new Tally(1, 1, 3, 30, 25, 0), 85)); // 55/60 MET
    list.add(assess(Criterion.RESULTS, new Tally(0, 0, 2, 5, 3, 0), 85)); // n = 10
    list.add(assess(Criterion.FEEDBACK, new Tally(10, 10, 10, 10, 10, 0), 85)); // 20/50
    return list;
  }

  private static CriterionAssessment assess(Criterion c, Tally t, double target) {
    return CriterionAssessment.assess(c, t, target, 30);
  }

  @Test
  void theStatusesOfTheExampleCoverAllFour() {
    assertEquals(
        List.of(
            Status.MET,
            Status.BELOW,
            Status.MET,
            Status.MET,
            Status.INSUFFICIENT_DATA,
            Status.SIGNIFICANTLY_BELOW),
        vinhHoa(85).stream().map(CriterionAssessment::status).toList());
  }

  @Test
  void eachBarIsLabelledWithItsVietnameseNameAndN() {
    CategoryDataset dataset = CriteriaChart.createDataset(vinhHoa(85));
    assertEquals(6, dataset.getColumnCount());
    assertEquals("Thủ tục hành chính\nn = 412", dataset.getColumnKey(2).toString());
    assertEquals(92.5, dataset.getValue(0, 0).doubleValue(), 1e-12);
  }

  @Test
  void aCriterionWithoutDataHasNoBar() {
    CategoryDataset dataset =
        CriteriaChart.createDataset(
            List.of(CriterionAssessment.assess(Criterion.FEEDBACK, Tally.EMPTY, 85, 30)));
    assertEquals("Tiếp nhận, xử lý thông tin phản hồi\nn = 0", dataset.getColumnKey(0).toString());
    assertNull(dataset.getValue(0, 0));
  }

  @Test
  void barsAreColouredByStatusAndTheTargetIsOneLine() throws Exception {
    JFreeChart chart = CriteriaChart.create(TITLE, vinhHoa(85));
    CategoryPlot plot = chart.getCategoryPlot();
    assertEquals(1, plot.getRangeMarkers(Layer.FOREGROUND).size());
    ValueMarker target = (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
    assertEquals(85.0, target.getValue());
    RenderedChart png = RenderedChart.png(chart, 1000, 600);
    for (Status s : Status.values()) {
      // A bar of each status is at least 50 px wide and tens of px high.
      assertTrue(png.pixelsOf(ChartTheme.statusColor(s)) > 2000, s + " bar missing");
    }
  }

  @Test
  void theLegendExplainsColoursNotShownInTheBars() throws Exception {
    List<CriterionAssessment> allMet =
        vinhHoa(85).stream().filter(a -> a.status() == Status.MET).toList();
    JFreeChart chart = CriteriaChart.create(TITLE, allMet);
    LegendItemCollection legend = chart.getCategoryPlot().getLegendItems();
    assertEquals(Status.values().length + 1, legend.getItemCount());
    assertEquals("Dưới mục tiêu, chắc chắn", legend.get(2).getLabel());
    RenderedChart png = RenderedChart.png(chart, 800, 500);
    long red = png.pixelsOf(ChartTheme.statusColor(Status.SIGNIFICANTLY_BELOW));
    assertTrue(red > 0 && red < 500, "only the legend swatch is red: " + red);
  }

  @Test
  void differentTargetsGetOneTickPerBar() throws Exception {
    JFreeChart chart = CriteriaChart.create(TITLE, vinhHoa(90));
    CategoryPlot plot = chart.getCategoryPlot();
    assertNull(plot.getRangeMarkers(Layer.FOREGROUND));
    CategoryDataset ticks = plot.getDataset(1);
    assertEquals(90.0, ticks.getValue(0, 2).doubleValue());
    assertEquals(85.0, ticks.getValue(0, 0).doubleValue());
    RenderedChart.png(chart, 1000, 600);
  }

  @Test
  void svgCarriesTheVietnameseTitleAndTheCounts() throws Exception {
    JFreeChart chart = CriteriaChart.create(TITLE, vinhHoa(85));
    RenderedChart.svg(chart, 1000, 600, TITLE);
    RenderedChart.svg(chart, 1000, 600, "n = 412"); // names may wrap; the count is one line
    RenderedChart.svg(chart, 1000, 600, "Dưới mục tiêu nhưng chưa đủ chắc chắn"); // legend
  }

  @Test
  void eachBarShowsItsIntervalAndTheLegendNamesTheTarget() throws Exception {
    JFreeChart chart = CriteriaChart.create(TITLE, vinhHoa(85));
    LegendItemCollection legend = chart.getCategoryPlot().getLegendItems();
    assertEquals("Mục tiêu 85,0%", legend.get(legend.getItemCount() - 1).getLabel());
    ValueMarker target =
        (ValueMarker) chart.getCategoryPlot().getRangeMarkers(Layer.FOREGROUND).iterator().next();
    assertNull(target.getLabel(), "the target's value is in the legend, not on the bars");

    RenderedChart png = RenderedChart.png(chart, 1000, 600);
    // six whiskers, each a few dozen px tall and 1-2 px wide, plus their caps
    assertTrue(png.pixelsOf(ChartTheme.INTERVAL_COLOR) > 300, "interval whiskers missing");
  }
}
