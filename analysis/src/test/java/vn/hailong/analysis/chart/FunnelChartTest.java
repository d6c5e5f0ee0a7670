package vn.hailong.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import vn.hailong.analysis.Funnel;

class FunnelChartTest {
  private static final List<Funnel.Point> UNITS =
      List.of(
          new Funnel.Point("UBND xã Cam Hải Đông", 70.0, 40),
          new Funnel.Point("UBND phường Vĩnh Hòa", 80.0, 1000),
          new Funnel.Point("UBND thị trấn Diên Khánh", 86.0, 200),
          new Funnel.Point("UBND phường Lộc Thọ", 93.0, 200),
          new Funnel.Point("UBND xã Ninh Ích", 88.0, 120));

  private static JFreeChart chart() {
    return FunnelChart.create(
        "Biểu đồ phễu – Thủ tục hành chính, 2026-Q3",
        Funnel.judge(UNITS, 85, 1),
        85,
        "Mục tiêu 85,0%",
        1);
  }

  @Test
  void unitsBelowAreRedAboveGreen() throws Exception {
    RenderedChart png = RenderedChart.png(chart(), 1000, 600);
    assertTrue(png.pixelsOf(new Color(0xC6, 0x28, 0x28)) > 50, "red points below the limits");
    assertTrue(png.pixelsOf(new Color(0x2E, 0x7D, 0x32)) > 20, "a green point above");
    Path out = Path.of("target", "charts");
    Files.createDirectories(out);
    Files.write(out.resolve("funnel.png"), ChartImages.png(chart(), 1000, 600));
  }

  @Test
  void svgNamesTheLimits() throws Exception {
    RenderedChart.svg(chart(), 1000, 600, "Giới hạn 99,8%");
    RenderedChart.svg(chart(), 1000, 600, "Số người đánh giá (n)");
  }
}
