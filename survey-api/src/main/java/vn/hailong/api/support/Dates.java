package vn.hailong.api.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.hailong.api.problem.Problem;

/** Parses dates from query parameters into a clear 400 instead of a stack trace. */
public final class Dates {
  private Dates() {}

  public static LocalDate parse(String parameter, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw Problem.badRequest(
          parameter + ": '" + value + "' không phải ngày dạng YYYY-MM-DD / is not a YYYY-MM-DD date");
    }
  }
}
