package vn.hailong.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import vn.hailong.analysis.Status;

class RankingChartTest {
  private static final List<RankingEntry> COMMUNES =
      List.of(
          new RankingEntry("UBND xã Cam Hải Đông", 78.4),
          new RankingEntry("UBND xã Ninh Ích", Double.NaN),
          new RankingEntry("UBND phường Vĩnh Hòa", 91.2),
          new RankingEntry("UBND thị trấn Diên Khánh", 85.0),
          new RankingEntry("UBND phường Lộc Thọ", 88.8));

  @Test
  void unitsAreRankedHighestFirstAndThoseWithoutDataLast() {
    CategoryDataset dataset = RankingChart.createDataset(COMMUNES);
    assertEquals(
        List.of(
            "UBND phường Vĩnh Hòa",
            "UBND phường Lộc Thọ",
            "UBND thị trấn Diên Khánh",
            "UBND xã Cam Hải Đông",
            "UBND xã Ninh Ích" + RankingChart.NO_DATA_SUFFIX),
        dataset.getColumnKeys().stream().map(Object::toString).toList());
    assertEquals(91.2, dataset.getValue(0, 0).doubleValue());
    assertNull(dataset.getValue(0, 4));
  }

  @Test
  void barsAtOrAboveTheTargetAreGreenOthersAmber() throws Exception {
    JFreeChart chart = RankingChart.create("Xếp hạng chỉ số hài lòng – 2024", COMMUNES, 85);
    RenderedChart png = RenderedChart.png(chart, 900, 500);
    long green = png.pixelsOf(ChartTheme.statusColor(Status.MET));
    long amber = png.pixelsOf(ChartTheme.statusColor(Status.BELOW));
    assertTrue(amber > 2000, "one amber bar: " + amber);
    assertTrue(green > 2.5 * amber, "three green bars: " + green + " vs " + amber);
  }

  @Test
  void svgListsTheUnitNames() throws Exception {
    JFreeChart chart = RankingChart.create("Xếp hạng chỉ số hài lòng – 2024", COMMUNES, 85);
    RenderedChart.svg(chart, 900, 500, "Xếp hạng chỉ số hài lòng – 2024");
    RenderedChart.svg(chart, 900, 500, "UBND thị trấn Diên Khánh");
  }

  @Test
  void entriesAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new RankingEntry(" ", 80));
    assertThrows(IllegalArgumentException.class, () -> new RankingEntry("UBND xã Ninh Ích", 120));
  }
}
