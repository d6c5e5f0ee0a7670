package vn.hailong.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class ChartImagesTest {
  private final JFreeChart chart =
      RankingChart.create("Xếp hạng", List.of(new RankingEntry("UBND xã Ninh Ích", 80)), 85);

  @Test
  void sizesOutsideTwoHundredToFourThousandAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> ChartImages.png(chart, 199, 400));
    assertThrows(IllegalArgumentException.class, () -> ChartImages.png(chart, 400, 4001));
    assertThrows(IllegalArgumentException.class, () -> ChartImages.svg(chart, 0, 400));
    assertThrows(IllegalArgumentException.class, () -> ChartImages.svg(chart, 400, -1));
  }

  @Test
  void smallestAndLargestAcceptedSizesRender() throws Exception {
    RenderedChart.png(chart, ChartImages.MIN_SIZE, ChartImages.MIN_SIZE);
    RenderedChart.png(chart, ChartImages.MAX_SIZE, ChartImages.MIN_SIZE);
  }

  @Test
  void svgHasAViewBoxAndNoDoctypeToFetch() {
    String svg = ChartImages.svg(chart, 640, 480);
    assertTrue(svg.contains("viewBox=\"0 0 640 480\""));
    assertTrue(!svg.contains("<!DOCTYPE"));
    assertTrue(svg.contains("DejaVu Sans"));
  }
}
