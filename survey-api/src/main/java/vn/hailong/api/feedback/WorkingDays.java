package vn.hailong.api.feedback;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The working days of Vietnam's public offices: Monday to Friday, except the days off of the public
 * holidays (Tết, compensatory and swapped days), plus the Saturdays worked in exchange. Read once
 * from {@code feedback/holidays-vn.csv} (one row per day, with its source; 2026 and 2027 are
 * provisional until the official notices are checked, docs/feedback.md).
 */
@Singleton
public class WorkingDays {
  static final String RESOURCE = "/feedback/holidays-vn.csv";

  /** A row of the calendar: a weekday without work or a Saturday with work. */
  public enum Kind {
    DAY_OFF,
    WORK_DAY
  }

  private final Map<LocalDate, Kind> exceptions;
  private final Set<Integer> years;

  WorkingDays() {
    this.exceptions = new HashMap<>();
    this.years = new TreeSet<>();
    try (InputStream in = WorkingDays.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        LocalDate day = LocalDate.parse(row.get("date"));
        Kind kind = Kind.valueOf(row.get("kind"));
        boolean weekend =
            day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        // a day off on a weekend or a work day on a weekday would change nothing: a typo
        if (weekend == (kind == Kind.DAY_OFF)) {
          throw new IllegalStateException(RESOURCE + ": " + day + " cannot be " + kind);
        }
        if (exceptions.put(day, kind) != null) {
          throw new IllegalStateException(RESOURCE + ": " + day + " twice");
        }
        years.add(day.getYear());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isWorkingDay(LocalDate day) {
    Kind exception = exceptions.get(day);
    if (exception != null) {
      return exception == Kind.WORK_DAY;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /**
   * The {@code days}-th working day after {@code received}: the day of receipt does not count, a
   * complaint received on a Sunday starts counting on Monday.
   */
  public LocalDate plusWorkingDays(LocalDate received, int days) {
    LocalDate day = received;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The years the calendar lists holidays for; outside them only weekends are days off. */
  public Set<Integer> years() {
    return years;
  }
}
