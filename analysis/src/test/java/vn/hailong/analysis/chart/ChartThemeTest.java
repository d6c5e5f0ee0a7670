package vn.hailong.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.Scale;
import vn.hailong.analysis.Status;

class ChartThemeTest {

  @Test
  void runsHeadless() {
    assertTrue(GraphicsEnvironment.isHeadless());
  }

  @Test
  void bundledDejaVuSansDrawsEveryVietnameseLabel() {
    Font regular = ChartTheme.font(false, 12f);
    Font bold = ChartTheme.font(true, 12f);
    assertEquals("DejaVu Sans", regular.getFamily());
    assertEquals("DejaVu Sans Bold", bold.getFontName());
    StringBuilder text = new StringBuilder("Chỉ tiêu Kỳ Tỷ lệ hài lòng ỹ ữ ặ ộ ề ở Đ đ ");
    for (Criterion c : Criterion.values()) {
      text.append(c.nameVi()).append(' ');
    }
    for (Status s : Status.values()) {
      text.append(s.labelVi()).append(' ');
    }
    for (int v = Scale.MIN; v <= Scale.MAX; v++) {
      text.append(Scale.labelVi(v)).append(' ');
    }
    assertEquals(-1, regular.canDisplayUpTo(text.toString()));
    assertEquals(-1, bold.canDisplayUpTo(text.toString()));
  }

  @Test
  void fourDistinctStatusColours() {
    Set<Object> colours = new HashSet<>();
    for (Status s : Status.values()) {
      colours.add(ChartTheme.statusColor(s));
    }
    assertEquals(Status.values().length, colours.size());
    assertNotEquals(ChartTheme.lineStroke(true), ChartTheme.lineStroke(false));
  }

  @Test
  void targetLabelUsesADecimalComma() {
    assertEquals("Mục tiêu 85,0%", ChartTheme.targetLabel(85));
    assertEquals("Mục tiêu 85,0%", ChartTheme.targetMarker(85).getLabel());
  }
}
