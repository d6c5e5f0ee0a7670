package vn.hailong.api.support;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;

/** An inclusive range of local dates, as the {@code from} and {@code to} parameters give it. */
public record DateRange(LocalDate from, LocalDate to) {
  public static final int MAX_YEARS = 10;

  /**
   * Parses {@code from} and {@code to}, each defaulting to the given date, and checks that the
   * range is in order and at most {@value #MAX_YEARS} years long. Null with the problems added when
   * it is not.
   */
  @Nullable
  public static DateRange parse(
      @Nullable String from,
      @Nullable String to,
      LocalDate defaultFrom,
      LocalDate defaultTo,
      FieldProblems problems) {
    LocalDate first = from == null ? defaultFrom : Dates.parse("from", from, problems);
    LocalDate last = to == null ? defaultTo : Dates.parse("to", to, problems);
    if (first == null || last == null) {
      return null;
    }
    if (first.isAfter(last)) {
      problems.add(
          new FieldProblem(
              "from",
              "range-reversed",
              "sau ngày to (" + first + " > " + last + ")",
              "after to (" + first + " > " + last + ")"));
      return null;
    }
    if (first.plusYears(MAX_YEARS).isBefore(last)) {
      problems.add(
          new FieldProblem(
              "to",
              "range-too-long",
              "khoảng thời gian quá " + MAX_YEARS + " năm",
              "range longer than " + MAX_YEARS + " years"));
      return null;
    }
    return new DateRange(first, last);
  }
}
