package vn.hailong.analysis;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Displays percentages the Vietnamese way, with a decimal comma: {@code 92.5} shows as {@code
 * "92,5%"}. For display only: numbers are stored and sent at full precision. Rounds half up.
 */
public final class PercentFormat {
  /** Shown in place of a percentage that does not exist (no data). */
  public static final String NO_DATA = "–";

  private PercentFormat() {}

  /** With one decimal: {@code 92.5 → "92,5%"}, {@code 85.0 → "85,0%"}. */
  public static String vi(double percent) {
    return vi(percent, 1);
  }

  /** With the given number of decimals: {@code vi(84.0625, 2) → "84,06%"}. */
  public static String vi(double percent, int decimals) {
    return number(percent, decimals) + (Double.isNaN(percent) ? "" : "%");
  }

  /** The number alone with a decimal comma, e.g. {@code number(1.8, 1) → "1,8"}. */
  public static String number(double value, int decimals) {
    NumberFormat format = numberFormat(decimals, false);
    return Double.isNaN(value) ? NO_DATA : format.format(value);
  }

  /**
   * A {@link NumberFormat} with decimal comma, dot grouping and half-up rounding, optionally
   * followed by {@code %}: for chart axes and labels. A new instance each call (not thread-safe).
   */
  public static NumberFormat numberFormat(int decimals, boolean percentSign) {
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException("decimals must be within 0..6, got " + decimals);
    }
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator('.');
    symbols.setMinusSign('-');
    String pattern = "#,##0" + (decimals == 0 ? "" : "." + "0".repeat(decimals));
    DecimalFormat format = new DecimalFormat(pattern + (percentSign ? "'%'" : ""), symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
