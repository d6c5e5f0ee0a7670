package vn.hailong.api.analysis;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.hailong.analysis.Granularity;
import vn.hailong.analysis.Period;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.Scope;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.support.Dates;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitLevel;
import vn.hailong.api.unit.UnitTree;

/**
 * Checks the query parameters every analysis endpoint shares, reporting all problems in one 400,
 * and fills the defaults: this quarter so far, the subtree, today's territory for a unit valid
 * today.
 */
@Singleton
public class AnalysisParameters {
  static final int MAX_YEARS = 10;

  private final UnitDirectory units;
  private final Clock clock;

  AnalysisParameters(UnitDirectory units, Clock clock) {
    this.units = units;
    this.clock = clock;
  }

  /** A checked request: the unit, the inclusive local date range and how to pool. */
  public record Request(
      Unit unit, LocalDate from, LocalDate to, Territory territory, Territory.Basis basis,
      Granularity granularity, @Nullable UnitLevel level) {}

  public Request parse(
      @Nullable String unit, @Nullable String from, @Nullable String to, @Nullable String scope,
      @Nullable String basis, @Nullable String partial, @Nullable String period,
      @Nullable String level, Scope caller, boolean trend) {
    List<String> errors = new ArrayList<>();
    UnitTree tree = units.tree();
    LocalDate today = VietnamTime.localDate(clock.instant());
    String code = unit != null ? unit : caller.unitCode();
    Unit found = null;
    if (code == null) {
      errors.add("unit: bắt buộc / required");
    } else {
      found = tree.byCode(code).orElse(null);
      if (found == null) {
        errors.add("unit: không có đơn vị mã / no unit with code '" + code + "'");
      }
    }
    Granularity granularity = parseEnum(Granularity.class, "period", period, Granularity.MONTH, errors);
    LocalDate start =
        trend
            ? Period.containing(Granularity.MONTH, today.minusMonths(23)).start()
            : Period.containing(Granularity.QUARTER, today).start();
    LocalDate first = from == null ? start : Dates.parse("from", from, errors);
    LocalDate last = to == null ? today : Dates.parse("to", to, errors);
    if (first != null && last != null) {
      if (first.isAfter(last)) {
        errors.add("from: sau ngày to / after to (" + first + " > " + last + ")");
      } else if (first.plusYears(MAX_YEARS).isBefore(last)) {
        errors.add("from..to: quá " + MAX_YEARS + " năm / longer than " + MAX_YEARS + " years");
      }
    }
    Territory.Scope pooling = parseEnum(Territory.Scope.class, "scope", scope, Territory.Scope.SUBTREE, errors);
    Territory.Basis defaultBasis =
        found != null && found.validOn(today) ? Territory.Basis.NOW : Territory.Basis.THEN;
    Territory.Basis lineage = parseEnum(Territory.Basis.class, "basis", basis, defaultBasis, errors);
    if (partial != null && !partial.equals("include") && !partial.equals("exclude")) {
      errors.add("partial: include hoặc exclude / include or exclude");
    }
    UnitLevel unitLevel = parseEnum(UnitLevel.class, "level", level, null, errors);
    if (!errors.isEmpty()) {
      throw Problem.badRequest(errors);
    }
    caller.require(found);
    Territory territory =
        Territory.of(found, pooling, lineage, "include".equals(partial), tree);
    return new Request(found, first, last, territory, lineage, granularity, unitLevel);
  }

  private static <E extends Enum<E>> E parseEnum(
      Class<E> type, String name, @Nullable String value, @Nullable E fallback,
      List<String> errors) {
    if (value == null) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(name + ": '" + value + "' không hợp lệ / must be one of "
          + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
      return fallback;
    }
  }
}
