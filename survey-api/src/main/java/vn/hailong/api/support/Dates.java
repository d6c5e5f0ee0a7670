package vn.hailong.api.support;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.hailong.api.problem.Problem;

/** Parses dates from query parameters into a clear 400 instead of a stack trace. */
public final class Dates {
  private Dates() {}

  public static LocalDate parse(String parameter, String value) {
    List<String> errors = new ArrayList<>();
    LocalDate date = parse(parameter, value, errors);
    if (date == null) {
      throw Problem.badRequest(errors);
    }
    return date;
  }

  /** The date, or null with the problem added to {@code errors} (to report all at once). */
  @Nullable
  public static LocalDate parse(String parameter, String value, List<String> errors) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(
          parameter + ": '" + value + "' không phải ngày dạng YYYY-MM-DD / is not a YYYY-MM-DD date");
      return null;
    }
  }
}
