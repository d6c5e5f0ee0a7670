package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentFormatTest {

  @Test
  void decimalCommaForVietnameseReaders() {
    assertEquals("92,5%", PercentFormat.vi(new Proportion(37, 40).percent()));
    assertEquals("85,0%", PercentFormat.vi(85));
    assertEquals("84,06%", PercentFormat.vi(84.0625, 2));
    assertEquals("100%", PercentFormat.vi(99.96, 0));
    assertEquals("1,8", PercentFormat.number(1.8, 1));
    assertEquals("-17,5", PercentFormat.number(-17.5, 1));
    assertEquals("1.234,5", PercentFormat.number(1234.5, 1));
  }

  @Test
  void roundsHalfUp() {
    assertEquals("80,2%", PercentFormat.vi(80.15, 1)); // 80.15 is stored as 80.150000000000005...
    assertEquals("2,5", PercentFormat.number(2.45, 1)); // 2.4500000000000001...
    assertEquals("3%", PercentFormat.vi(2.5, 0));
  }

  @Test
  void missingNumbersShowAsADash() {
    assertEquals("–", PercentFormat.vi(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> PercentFormat.vi(50, 7));
  }
}
