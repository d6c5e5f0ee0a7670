package vn.hailong.api.support;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;

/** Parses YYYY-MM-DD dates from requests into field problems instead of stack traces. */
public final class Dates {
  private Dates() {}

  /** The date, or a 400 invalid-request naming the parameter. */
  public static LocalDate parse(String field, String value) {
    FieldProblems problems = new FieldProblems();
    LocalDate date = parse(field, value, problems);
    problems.throwIfAny();
    return date;
  }

  /** The date, or null with the problem added (to report all at once). */
  @Nullable
  public static LocalDate parse(String field, String value, FieldProblems problems) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(FieldProblem.notADate(field, value));
      return null;
    }
  }
}
