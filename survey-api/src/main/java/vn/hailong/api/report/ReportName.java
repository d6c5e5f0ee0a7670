package vn.hailong.api.report;

import java.time.LocalDate;
import java.util.List;
import vn.hailong.analysis.Granularity;
import vn.hailong.analysis.Period;

/**
 * A report's file name: {@code bao-cao-hai-long_khanh-hoa.p-bac-nha-trang_2026-Q3.pdf}. Unit codes
 * are ASCII, so the name needs no encoding in {@code Content-Disposition}.
 */
public final class ReportName {
  private static final List<Granularity> WHOLE =
      List.of(Granularity.YEAR, Granularity.QUARTER, Granularity.MONTH);

  private ReportName() {}

  public static String of(String unitCode, LocalDate from, LocalDate to, ReportFormat format) {
    return "bao-cao-hai-long_" + unitCode + "_" + periodLabel(from, to) + "." + format.extension();
  }

  /**
   * A whole year, quarter or month by its {@link Period} label ({@code 2026}, {@code 2026-Q3},
   * {@code 2026-07}); any other range as {@code 2026-07-01_2026-08-15}.
   */
  public static String periodLabel(LocalDate from, LocalDate to) {
    for (Granularity granularity : WHOLE) {
      Period period = Period.containing(granularity, from);
      if (period.start().equals(from) && period.end().equals(to)) {
        return period.label();
      }
    }
    return from + "_" + to;
  }
}
