package vn.hailong.api.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** File names: a whole quarter, month or year by its label, any other range by its two days. */
class ReportNameTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";

  static String name(String from, String to, ReportFormat format) {
    return ReportName.of(BAC_NHA_TRANG, LocalDate.parse(from), LocalDate.parse(to), format);
  }

  @Test
  void aWholeQuarterMonthOrYearIsNamedByItsLabel() {
    assertEquals(
        "bao-cao-hai-long_khanh-hoa.p-bac-nha-trang_2026-Q3.pdf",
        name("2026-07-01", "2026-09-30", ReportFormat.PDF));
    assertEquals(
        "bao-cao-hai-long_khanh-hoa.p-bac-nha-trang_2026-07.xlsx",
        name("2026-07-01", "2026-07-31", ReportFormat.XLSX));
    assertEquals(
        "bao-cao-hai-long_khanh-hoa.p-bac-nha-trang_2026.csv",
        name("2026-01-01", "2026-12-31", ReportFormat.CSV));
    assertEquals(
        "bao-cao-hai-long_khanh-hoa.p-bac-nha-trang_2024-02.csv",
        name("2024-02-01", "2024-02-29", ReportFormat.CSV));
  }

  @Test
  void anyOtherRangeIsNamedByItsFirstAndLastDay() {
    assertEquals(
        "bao-cao-hai-long_khanh-hoa.p-bac-nha-trang_2026-07-01_2026-08-15.pdf",
        name("2026-07-01", "2026-08-15", ReportFormat.PDF));
    // a quarter so far is not the quarter
    assertEquals(
        "bao-cao-hai-long_khanh-hoa.p-bac-nha-trang_2026-10-01_2026-12-01.pdf",
        name("2026-10-01", "2026-12-01", ReportFormat.PDF));
    assertEquals(
        "bao-cao-hai-long_khanh-hoa.p-bac-nha-trang_2026-07-02_2026-09-30.pdf",
        name("2026-07-02", "2026-09-30", ReportFormat.PDF));
  }
}
