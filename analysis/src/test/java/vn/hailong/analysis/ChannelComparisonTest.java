package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class ChannelComparisonTest {
  private static ChannelComparison.Group kiosk(long satisfied, long n) {
    return new ChannelComparison.Group("KIOSK", "tại quầy", satisfied, n);
  }

  private static ChannelComparison.Group web(long satisfied, long n) {
    return new ChannelComparison.Group("WEB", "qua mã QR", satisfied, n);
  }

  /** A planted difference: kiosk ratings drawn at 94%, QR ratings at 84.6%, seeded. */
  @Test
  void plantedDifferenceAgreesWithCommonsMath() {
    Random random = new Random(766);
    long[] satisfied = new long[3];
    long[] n = {400, 250, 120};
    double[] rate = {0.94, 0.846, 0.88};
    for (int c = 0; c < 3; c++) {
      for (int i = 0; i < n[c]; i++) {
        satisfied[c] += random.nextDouble() < rate[c] ? 1 : 0;
      }
    }
    List<ChannelComparison.Group> groups =
        List.of(
            kiosk(satisfied[0], n[0]),
            web(satisfied[1], n[1]),
            new ChannelComparison.Group("PAPER", "trên phiếu giấy", satisfied[2], n[2]));
    ChannelComparison.Result result = ChannelComparison.compare(groups);
    long[][] table = new long[3][];
    for (int c = 0; c < 3; c++) {
      table[c] = new long[] {satisfied[c], n[c] - satisfied[c]};
    }
    ChiSquareTest commons = new ChiSquareTest();
    assertEquals(commons.chiSquare(table), result.chiSquare(), 1e-9);
    assertEquals(commons.chiSquareTest(table), result.pValue(), 1e-12);
    assertEquals(2, result.degreesOfFreedom());
    assertTrue(result.significant(), "p = " + result.pValue());
  }

  /** docs/method.md's worked example, 2 × 2 by hand. */
  @Test
  void handExample() {
    ChannelComparison.Group kiosk = kiosk(188, 200);
    ChannelComparison.Group web = web(138, 163);
    ChannelComparison.Result result = ChannelComparison.compare(List.of(kiosk, web));
    // expected satisfied 200·326/363 = 179.614, 163·326/363 = 146.386; not 20.386, 16.614
    double chi =
        Math.pow(188 - 200 * 326.0 / 363, 2) / (200 * 326.0 / 363)
            + Math.pow(12 - 200 * 37.0 / 363, 2) / (200 * 37.0 / 363)
            + Math.pow(138 - 163 * 326.0 / 363, 2) / (163 * 326.0 / 363)
            + Math.pow(25 - 163 * 37.0 / 363, 2) / (163 * 37.0 / 363);
    assertEquals(chi, result.chiSquare(), 1e-9);
    assertEquals(8.5538, result.chiSquare(), 1e-4);
    assertEquals(0.003448, result.pValue(), 1e-6);
    assertEquals(
        "Đánh giá tại quầy cao hơn qua mã QR 9,3 điểm, khác biệt có ý nghĩa.",
        ChannelComparison.sentenceVi(kiosk, web));
  }

  @Test
  void aSmallDifferenceMayBeChance() {
    assertEquals(
        "Đánh giá tại quầy cao hơn qua mã QR 2,0 điểm, khác biệt có thể do ngẫu nhiên.",
        ChannelComparison.sentenceVi(kiosk(45, 50), web(44, 50)));
    assertEquals(
        "Đánh giá qua mã QR thấp hơn tại quầy 2,0 điểm, khác biệt có thể do ngẫu nhiên.",
        ChannelComparison.sentenceVi(web(44, 50), kiosk(45, 50)));
  }

  @Test
  void noTestWithoutTwoChannels() {
    ChannelComparison.Result result = ChannelComparison.compare(List.of(kiosk(40, 50), web(0, 0)));
    assertFalse(result.tested());
    assertEquals(
        "Chưa đủ dữ liệu để so sánh đánh giá tại quầy và qua mã QR.",
        ChannelComparison.sentenceVi(kiosk(40, 50), web(0, 0)));
  }

  @Test
  void dossierRateCountsUnratedAsSatisfied() {
    DossierRate rate = new DossierRate(1000, 12, 3, 25);
    assertEquals(96.0, rate.percent(), 1e-12);
    assertTrue(Double.isNaN(new DossierRate(0, 0, 0, 0).percent()));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new DossierRate(10, 5, 5, 1));
  }
}
