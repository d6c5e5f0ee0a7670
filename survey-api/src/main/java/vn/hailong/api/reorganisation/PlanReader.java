package vn.hailong.api.reorganisation;

import java.time.LocalDate;
import java.util.List;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.unit.Share;
import vn.hailong.api.unit.UnitTree;

/**
 * Reads a plan's lines, in order, into the units it starts and ends and the links and sources it
 * adds; a rename or a move ends the unit and starts its next era under a new code, linked whole.
 */
final class PlanReader {
  private PlanReader() {}

  static Plan read(UnitTree tree, List<Change> changes) {
    Plan plan = new Plan(tree);
    for (Change change : changes) {
      switch (change.kind()) {
        case CREATE -> create(plan, change);
        case END, SOURCE -> endOrSource(plan, change);
        case RENAME, MOVE -> renameOrMove(plan, change);
      }
    }
    return plan;
  }

  private static void create(Plan plan, Change change) {
    String parentCode = change.parent();
    String code =
        change.code() != null
            ? change.code()
            : parentCode == null
                ? UnitCodes.slug(change.name())
                : UnitCodes.code(parentCode, change.name(), change.validFrom());
    Era era =
        new Era(
            code,
            change.line(),
            change.name(),
            parentCode,
            change.level(),
            change.unitKind(),
            change.officialCode(),
            change.validFrom(),
            change.validTo());
    if (plan.start(era)) {
      plan.lines.add(
          new Report.Line(
              change.line(),
              "CREATE",
              code,
              era.name
                  + " from "
                  + Era.dayOrOpen(era.from)
                  + " to "
                  + Era.dayOrOpen(era.to)
                  + (parentCode == null ? "" : " under " + parentCode)));
    }
    for (Change.Link link : change.predecessors()) {
      plan.links.add(new Plan.NewLink(change.line(), link.code(), code, link.share()));
    }
    for (Change.Link link : change.successors()) {
      plan.links.add(new Plan.NewLink(change.line(), code, link.code(), link.share()));
    }
    if (change.source() != null) {
      plan.sources.add(new Plan.Source(change.line(), code, change.source()));
    }
  }

  private static void endOrSource(Plan plan, Change change) {
    Era era = plan.eras.get(change.code());
    if (era == null) {
      plan.problems.add(
          FieldProblem.unknownUnit(Change.field(change.line()) + ".code", change.code()));
      return;
    }
    if (change.kind() == ChangeKind.END) {
      plan.end(era, change.line(), change.validTo(), change.reason());
    }
    for (Change.Link link : change.successors()) {
      plan.links.add(new Plan.NewLink(change.line(), era.code, link.code(), link.share()));
    }
    if (change.source() != null && !change.source().isBlank()) {
      plan.sources.add(new Plan.Source(change.line(), era.code, change.source()));
    }
  }

  private static void renameOrMove(Plan plan, Change change) {
    String field = Change.field(change.line());
    Era old = plan.eras.get(change.code());
    if (old == null) {
      plan.problems.add(FieldProblem.unknownUnit(field + ".code", change.code()));
      return;
    }
    LocalDate from = change.validFrom();
    boolean rename = change.kind() == ChangeKind.RENAME;
    String name = rename ? change.name() : old.name;
    String parentCode = rename ? old.parentCode : change.parent();
    List<String> children =
        plan.eras.values().stream()
            .filter(e -> old.code.equals(e.parentCode) && (e.to == null || !e.to.isBefore(from)))
            .map(e -> e.code)
            .toList();
    if (!children.isEmpty()) {
      plan.problems.add(
          new FieldProblem(
              field,
              "has-children",
              old.label()
                  + " còn đơn vị trực thuộc sau "
                  + from
                  + ": "
                  + Texts.first(children)
                  + "; hãy kết thúc hoặc chuyển chúng trước",
              old.label()
                  + " has units under it after "
                  + from
                  + ": "
                  + Texts.first(children)
                  + "; end or move them first"));
      return;
    }
    String code =
        parentCode == null
            ? UnitCodes.slug(name) + "." + from.toString().substring(0, 7)
            : UnitCodes.code(parentCode, name, from);
    LocalDate oldTo = old.to;
    plan.end(
        old,
        change.line(),
        from.minusDays(1),
        change.reason() != null
            ? change.reason()
            : (rename ? "Đổi tên thành " + name : "Chuyển về " + parentCode));
    Era era =
        new Era(
            code,
            change.line(),
            name,
            parentCode,
            old.level,
            old.kind,
            old.officialCode,
            from,
            oldTo);
    if (plan.start(era)) {
      plan.lines.add(
          new Report.Line(
              change.line(),
              change.kind().name(),
              code,
              (rename
                      ? "renamed " + old.label() + " to " + name
                      : old.label() + " moved under " + parentCode)
                  + " from "
                  + from));
      plan.links.add(new Plan.NewLink(change.line(), old.code, code, Share.WHOLE));
    }
    if (change.source() != null) {
      plan.sources.add(new Plan.Source(change.line(), code, change.source()));
    }
  }
}
