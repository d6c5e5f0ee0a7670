package vn.hailong.api.reorganisation;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.unit.Share;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitLevel;
import vn.hailong.api.unit.UnitLink;
import vn.hailong.api.unit.UnitTree;

/**
 * A reorganisation as the tree would be after it: every unit by code (the existing ones and the
 * ones the plan starts), what it ends, links and sources, the audit lines and every problem found
 * so far, each with its line.
 */
final class Plan {
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  record End(int line, String code, LocalDate to, @Nullable String reason) {}

  record NewLink(int line, String predecessor, String successor, Share share) {}

  record Source(int line, String code, String source) {}

  final UnitTree tree;
  final Map<String, Era> eras = new LinkedHashMap<>();
  final List<Era> created = new ArrayList<>();
  final List<End> ends = new ArrayList<>();
  final List<NewLink> links = new ArrayList<>();
  final List<Source> sources = new ArrayList<>();
  final List<Report.Line> lines = new ArrayList<>();
  final List<FieldProblem> problems = new ArrayList<>();

  Plan(UnitTree tree) {
    this.tree = tree;
    for (Unit unit : tree.all()) {
      eras.put(unit.code(), new Era(unit, tree));
    }
  }

  /**
   * Starts a new unit, unless its code is malformed or taken (false); reversed dates and a missing
   * parent are reported but the unit is kept, so that the rest of the plan is checked against it.
   */
  boolean start(Era era) {
    String code = era.code;
    LocalDate from = era.from;
    LocalDate to = era.to;
    String field = Change.field(era.line);
    if (!CODE.matcher(code).matches() || code.length() > 80) {
      problems.add(
          FieldProblem.badFormat(
              field + ".code",
              "mã '" + code + "' phải là chữ thường ASCII, số, '.' và '-', tối đa 80 ký tự",
              "code '"
                  + code
                  + "' must be lowercase ASCII letters, digits, '.' and '-', at most 80"));
      return false;
    }
    Era taken = eras.get(code);
    if (taken != null) {
      problems.add(
          new FieldProblem(
              field + ".code",
              "code-taken",
              "mã " + code + " đã dùng cho " + taken.label() + " (mã là duy nhất qua mọi thời kỳ)",
              "code " + code + " is already " + taken.label() + " (codes are unique across eras)"));
      return false;
    }
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(
          new FieldProblem(
              field,
              "dates-reversed",
              "kết thúc " + to + " trước khi bắt đầu " + from,
              "ends " + to + " before it begins " + from));
    }
    if (era.parentCode == null && era.level != UnitLevel.PROVINCE) {
      problems.add(FieldProblem.required(field + ".parent"));
    }
    eras.put(code, era);
    created.add(era);
    return true;
  }

  /** Ends a unit on {@code to}; ending it again on the same day is no change. */
  void end(Era era, int line, LocalDate to, @Nullable String reason) {
    String field = Change.field(line);
    if (era.to != null) {
      if (!era.to.equals(to)) {
        problems.add(
            new FieldProblem(
                field,
                "already-ended",
                era.label() + " đã kết thúc ngày " + era.to,
                era.label() + " already ended on " + era.to));
      }
      return;
    }
    if (era.from != null && to.isBefore(era.from)) {
      problems.add(
          new FieldProblem(
              field,
              "dates-reversed",
              era.label() + " bắt đầu " + era.from + ", không thể kết thúc " + to,
              era.label() + " begins " + era.from + ", cannot end " + to));
      return;
    }
    era.to = to;
    era.endReason = reason;
    if (era.line == 0) {
      era.line = line;
    }
    ends.add(new End(line, era.code, to, reason));
    lines.add(
        new Report.Line(
            line,
            "END",
            era.code,
            era.name + " ends on " + to + (reason == null ? "" : ": " + reason)));
  }

  /** One audit line per new link, once the links are complete. */
  void addLinkLines() {
    for (NewLink link : links) {
      lines.add(
          new Report.Line(
              link.line(),
              "LINK",
              link.successor(),
              link.predecessor() + " -> " + link.successor() + " " + link.share()));
    }
  }

  /** Each unit's successors after the plan: the stored links, then the plan's. */
  Map<String, List<String>> successors() {
    Map<String, List<String>> successors = new LinkedHashMap<>();
    for (Unit unit : tree.all()) {
      for (UnitLink link : tree.successors(unit)) {
        successors
            .computeIfAbsent(unit.code(), k -> new ArrayList<>())
            .add(tree.byId(link.successorId()).code());
      }
    }
    for (NewLink link : links) {
      successors.computeIfAbsent(link.predecessor(), k -> new ArrayList<>()).add(link.successor());
    }
    return successors;
  }
}
