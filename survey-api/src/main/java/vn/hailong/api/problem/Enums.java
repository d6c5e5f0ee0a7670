package vn.hailong.api.problem;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;

/** Parses an enum-valued parameter, case-insensitively; the problem lists the accepted values. */
public final class Enums {
  private Enums() {}

  /**
   * The constant named {@code value} (any case), {@code fallback} when it is null, or the fallback
   * with a problem added when it names none.
   */
  @Nullable
  public static <E extends Enum<E>> E parse(
      Class<E> type,
      String field,
      @Nullable String value,
      @Nullable E fallback,
      FieldProblems problems) {
    if (value == null) {
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.strip())) {
        return constant;
      }
    }
    problems.add(FieldProblem.notOneOf(field, value, type, true));
    return fallback;
  }

  /** The value's name as the API spells it in query parameters. */
  public static String spelling(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
