package vn.hailong.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month, quarter or year in Vietnam's time zone (see {@link VietnamTime}), identified by
 * its granularity and first day.
 *
 * <p>Labels: {@code 2024-03} (March 2024), {@code 2024-Q1} (January to March), {@code 2024}. {@link
 * #index()} numbers periods of one granularity consecutively ({@code year·12 + month − 1}, {@code
 * year·4 + quarter − 1}, {@code year}) so that a {@link Trend} can regress on it.
 *
 * @param granularity month, quarter or year
 * @param start the first day of the period
 */
public record Period(Granularity granularity, LocalDate start) implements Comparable<Period> {
  private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])))?");
  private static final Comparator<Period> ORDER =
      Comparator.comparing(Period::start).thenComparing(Period::granularity);

  /** Checks that {@code start} is the first day of a period of that granularity. */
  public Period {
    if (granularity == null || start == null) {
      throw new IllegalArgumentException("Granularity and start are required");
    }
    if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % granularity.months() != 0) {
      throw new IllegalArgumentException(start + " is not the first day of a " + granularity);
    }
  }

  /** The period of the given granularity that contains {@code date}. */
  public static Period containing(Granularity granularity, LocalDate date) {
    int monthIndex = date.getMonthValue() - 1;
    int firstMonth = monthIndex - monthIndex % granularity.months() + 1;
    return new Period(granularity, LocalDate.of(date.getYear(), firstMonth, 1));
  }

  /**
   * The period with the given label: {@code 2024-03}, {@code 2024-Q1} or {@code 2024}.
   *
   * @throws IllegalArgumentException for any other text
   */
  public static Period parse(String label) {
    Matcher m = label == null ? null : LABEL.matcher(label);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(
          "Period '" + label + "' is not like 2024-03, 2024-Q1 or 2024");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("Period '" + label + "' has no month " + month);
      }
      return new Period(Granularity.MONTH, LocalDate.of(year, month, 1));
    }
    if (m.group(3) != null) {
      int quarter = Integer.parseInt(m.group(3));
      return new Period(Granularity.QUARTER, LocalDate.of(year, 3 * quarter - 2, 1));
    }
    return new Period(Granularity.YEAR, LocalDate.of(year, 1, 1));
  }

  /**
   * The periods from the one containing {@code from} to the one containing {@code to}, both
   * included, in order.
   */
  public static List<Period> between(Granularity granularity, LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    List<Period> periods = new ArrayList<>();
    for (Period p = containing(granularity, from); !p.start().isAfter(to); p = p.next()) {
      periods.add(p);
    }
    return periods;
  }

  /** The last day of the period, inclusive. */
  public LocalDate end() {
    return next().start().minusDays(1);
  }

  /** The period right after this one. */
  public Period next() {
    return new Period(granularity, start.plusMonths(granularity.months()));
  }

  /** Whether {@code date} falls within the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end());
  }

  /** The label: {@code 2024-03}, {@code 2024-Q1} or {@code 2024}. */
  public String label() {
    return switch (granularity) {
      case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER -> String.format("%04d-Q%d", start.getYear(), quarter());
      case YEAR -> String.format("%04d", start.getYear());
    };
  }

  /** An ordinal that grows by exactly 1 from one period to the next of the same granularity. */
  public long index() {
    long year = start.getYear();
    return switch (granularity) {
      case MONTH -> year * 12 + start.getMonthValue() - 1;
      case QUARTER -> year * 4 + quarter() - 1;
      case YEAR -> year;
    };
  }

  private int quarter() {
    return (start.getMonthValue() - 1) / 3 + 1;
  }

  /** Chronological by start day, then by granularity. */
  @Override
  public int compareTo(Period other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return label();
  }
}
