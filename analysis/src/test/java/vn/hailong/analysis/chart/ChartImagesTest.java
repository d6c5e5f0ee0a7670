package vn.hailong.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
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
    RenderedChart.png(chart, 2000, 2000);
  }

  @Test
  void moreThanFourMillionPixelsAreRejectedThoughEachSideIsAllowed() {
    assertThrows(IllegalArgumentException.class, () -> ChartImages.png(chart, 4000, 4000));
    assertThrows(IllegalArgumentException.class, () -> ChartImages.svg(chart, 2001, 2000));
    assertFalse(ChartImages.acceptable(4000, 1001));
    assertTrue(ChartImages.acceptable(4000, 1000));
  }

  @Test
  void thePngIsOpaqueRgbWithAWhiteBackground() throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartImages.png(chart, 400, 300)));

    assertFalse(image.getColorModel().hasAlpha(), "no alpha channel");
    assertEquals(0xFFFFFF, image.getRGB(1, 1) & 0xFFFFFF, "the corner is white, not black");
  }

  @Test
  void svgHasAViewBoxAndNoDoctypeToFetch() {
    String svg = ChartImages.svg(chart, 640, 480);
    assertTrue(svg.contains("viewBox=\"0 0 640 480\""));
    assertTrue(!svg.contains("<!DOCTYPE"));
    assertTrue(svg.contains("DejaVu Sans"));
  }
}
