package vn.hailong.api.dossier;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hailong.analysis.Period;
import vn.hailong.api.account.Scope;
import vn.hailong.api.dossier.DossierFile.Line;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitTree;

/**
 * Checks every row of an import and says what is wrong with each, by its line: a unit outside the
 * caller's scope (or unknown: the same words), a period that is not 2017-Q3 / 2017-09 / 2017, a
 * figure that is not a whole number, a unit and period given twice, and parts that do not add up
 * (received = carried over + online + direct; resolved = early + on time + late; pending = in time
 * + overdue; received = resolved + pending). Only the last kind is "inconsistent": the figures of
 * the source disagree, which {@code skipInconsistent} may leave out.
 */
final class DossierCheck {
  private static final java.util.regex.Pattern THOUSANDS =
      java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{3})+");

  /** What is wrong with one row. */
  record BadRow(long line, String unitCode, boolean inconsistent, List<FieldProblem> problems) {}

  /** The good rows to store and every bad one. */
  record Result(List<DossierFigures> good, List<BadRow> bad) {
    boolean onlyInconsistent() {
      return bad.stream().allMatch(BadRow::inconsistent);
    }
  }

  private DossierCheck() {}

  static Result check(List<Line> lines, UnitTree tree, Scope scope) {
    List<DossierFigures> good = new ArrayList<>();
    List<BadRow> bad = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    Map<String, Unit> units = new HashMap<>();
    for (Line line : lines) {
      Map<String, String> c = line.cells();
      List<FieldProblem> structural = new ArrayList<>();
      List<FieldProblem> sums = new ArrayList<>();
      String code = c.getOrDefault(DossierColumns.UNIT, "");
      Unit unit = units.computeIfAbsent(code, k -> tree.byCode(k).orElse(null));
      if (unit == null || !scope.covers(unit)) {
        structural.add(
            new FieldProblem(
                DossierColumns.UNIT,
                "unknown-unit",
                "không có đơn vị mã '" + code + "' trong phạm vi của bạn",
                "no unit with code '" + code + "' in your scope"));
      }
      Period period = null;
      String label = c.getOrDefault(DossierColumns.PERIOD, "");
      try {
        period = Period.parse(label);
      } catch (IllegalArgumentException e) {
        structural.add(
            FieldProblem.badFormat(
                DossierColumns.PERIOD,
                "'" + label + "' không phải kỳ dạng 2017-Q3, 2017-09 hoặc 2017",
                "'" + label + "' is not a period like 2017-Q3, 2017-09 or 2017"));
      }
      Integer received = count(c, DossierColumns.RECEIVED, true, structural);
      Integer carried = count(c, DossierColumns.CARRIED_OVER, false, structural);
      Integer online = count(c, DossierColumns.ONLINE, false, structural);
      Integer direct = count(c, DossierColumns.DIRECT, false, structural);
      Integer resolved = count(c, DossierColumns.RESOLVED, true, structural);
      Integer early = count(c, DossierColumns.EARLY, true, structural);
      Integer onTime = count(c, DossierColumns.ON_TIME, true, structural);
      Integer late = count(c, DossierColumns.LATE, true, structural);
      Integer pending = count(c, DossierColumns.PENDING, true, structural);
      Integer inTime = count(c, DossierColumns.PENDING_IN_TIME, false, structural);
      Integer overdue = count(c, DossierColumns.PENDING_OVERDUE, false, structural);
      if (structural.isEmpty()) {
        parts(
            DossierColumns.RECEIVED,
            received,
            Arrays.asList(carried, online, direct),
            "kỳ trước chuyển sang + trực tuyến + trực tiếp/bưu chính",
            "carried over + online + direct/postal",
            sums);
        parts(
            DossierColumns.RESOLVED,
            resolved,
            Arrays.asList(early, onTime, late),
            "sớm hạn + đúng hạn + trễ hạn",
            "early + on time + late",
            sums);
        parts(
            DossierColumns.PENDING,
            pending,
            Arrays.asList(inTime, overdue),
            "trong hạn + quá hạn",
            "in time + overdue",
            sums);
        if (resolved + pending != received) {
          sums.add(
              new FieldProblem(
                  DossierColumns.RECEIVED,
                  "received-total",
                  "tiếp nhận "
                      + received
                      + " ≠ đã giải quyết "
                      + resolved
                      + " + chưa giải quyết "
                      + pending
                      + " = "
                      + (resolved + pending),
                  "received "
                      + received
                      + " ≠ resolved "
                      + resolved
                      + " + pending "
                      + pending
                      + " = "
                      + (resolved + pending)));
        }
        String key = code + "@" + period.label();
        Long first = seen.putIfAbsent(key, line.number());
        if (first != null) {
          structural.add(
              new FieldProblem(
                  DossierColumns.UNIT,
                  "duplicate",
                  "đơn vị và kỳ này đã có ở dòng " + first,
                  "this unit and period are on line " + first + " already"));
        }
      }
      if (!structural.isEmpty() || !sums.isEmpty()) {
        List<FieldProblem> all = new ArrayList<>(structural);
        all.addAll(sums);
        bad.add(new BadRow(line.number(), code, structural.isEmpty(), all));
        continue;
      }
      good.add(
          new DossierFigures(
              unit.id(), period, received, carried, online, direct, resolved, early, onTime, late,
              pending, inTime, overdue));
    }
    return new Result(good, bad);
  }

  // the parts are all given or all left empty; given, they add up to the total
  private static void parts(
      String total,
      int value,
      List<Integer> parts,
      String vi,
      String en,
      List<FieldProblem> problems) {
    long given = parts.stream().filter(p -> p != null).count();
    if (given == 0) {
      return;
    }
    if (given < parts.size()) {
      problems.add(
          new FieldProblem(
              total,
              "parts-incomplete",
              "ghi đủ các phần (" + vi + ") hoặc để trống cả",
              "give every part (" + en + ") or none"));
      return;
    }
    int sum = parts.stream().mapToInt(Integer::intValue).sum();
    if (sum != value) {
      problems.add(
          new FieldProblem(
              total,
              "parts-do-not-add-up",
              total + " " + value + " ≠ " + vi + " = " + sum,
              total + " " + value + " ≠ " + en + " = " + sum));
    }
  }

  @Nullable
  private static Integer count(
      Map<String, String> cells, String column, boolean required, List<FieldProblem> problems) {
    String value = cells.getOrDefault(column, "").strip();
    // 4.000 is four thousand in Vietnamese, as the reports write it
    if (value.indexOf('.') > 0 && THOUSANDS.matcher(value).matches()) {
      value = value.replace(".", "");
    }
    if (value.isEmpty()) {
      if (required) {
        problems.add(FieldProblem.required(column));
      }
      return null;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    problems.add(
        FieldProblem.badFormat(
            column,
            "'" + cells.get(column) + "' không phải số hồ sơ (số nguyên không âm)",
            "'" + cells.get(column) + "' is not a count (a whole number, not negative)"));
    return null;
  }
}
