package vn.hailong.api.reorganisation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hailong.api.problem.FieldProblem;

/** The rules that hold across lines, checked once the whole plan is read. */
final class PlanChecks {
  private PlanChecks() {}

  /**
   * Adds a problem to the plan for each rule broken.
   *
   * @param successors each unit's successors after the plan ({@link Plan#successors()})
   */
  static void check(Plan plan, Map<String, List<String>> successors) {
    checkParents(plan);
    checkLinks(plan, successors);
  }

  /** A parent valid over its child's whole life: new children, and children of ended units. */
  private static void checkParents(Plan plan) {
    for (Era era : plan.created) {
      if (era.parentCode == null) {
        continue;
      }
      Era parent = plan.eras.get(era.parentCode);
      if (parent == null) {
        plan.problems.add(
            FieldProblem.unknownUnit(Change.field(era.line) + ".parent", era.parentCode));
      } else if (!parent.covers(era)) {
        plan.problems.add(
            new FieldProblem(
                Change.field(era.line),
                "parent-not-valid",
                "đơn vị cấp trên "
                    + parent.label()
                    + " ("
                    + parent.span()
                    + ") không bao trọn "
                    + era.span(),
                "parent "
                    + parent.label()
                    + " ("
                    + parent.span()
                    + ") does not cover "
                    + era.span()));
      }
    }
    for (Plan.End end : plan.ends) {
      Era parent = plan.eras.get(end.code());
      List<String> outliving =
          plan.eras.values().stream()
              .filter(e -> parent.code.equals(e.parentCode) && !parent.covers(e))
              .map(e -> e.code)
              .toList();
      if (!outliving.isEmpty()) {
        plan.problems.add(
            new FieldProblem(
                Change.field(end.line()),
                "children-outlive",
                parent.label()
                    + " kết thúc "
                    + end.to()
                    + " nhưng đơn vị trực thuộc còn hoạt động: "
                    + Texts.first(outliving),
                parent.label()
                    + " ends "
                    + end.to()
                    + " but units under it stay valid: "
                    + Texts.first(outliving)));
      }
    }
  }

  /** Each new link: both ends exist, the successor begins the day after; no cycle. */
  private static void checkLinks(Plan plan, Map<String, List<String>> successors) {
    Set<String> seen = new HashSet<>();
    for (Plan.NewLink link : plan.links) {
      String field = Change.field(link.line());
      Era predecessor = plan.eras.get(link.predecessor());
      Era successor = plan.eras.get(link.successor());
      if (predecessor == null) {
        plan.problems.add(FieldProblem.unknownUnit(field + ".predecessors", link.predecessor()));
      }
      if (successor == null) {
        plan.problems.add(FieldProblem.unknownUnit(field + ".successors", link.successor()));
      }
      if (!seen.add(link.predecessor() + " " + link.successor())) {
        plan.problems.add(
            new FieldProblem(
                field,
                "duplicate-link",
                "liên kết " + link.predecessor() + " -> " + link.successor() + " lặp lại",
                "link " + link.predecessor() + " -> " + link.successor() + " given twice"));
      }
      if (reaches(successors, link.successor(), link.predecessor())) {
        plan.problems.add(
            new FieldProblem(
                field,
                "cycle",
                "vòng lặp: " + link.successor() + " dẫn trở lại " + link.predecessor(),
                "cycle: " + link.successor() + " leads back to " + link.predecessor()));
      }
      if (predecessor == null || successor == null) {
        continue;
      }
      if (predecessor.to == null
          || successor.from == null
          || !successor.from.equals(predecessor.to.plusDays(1))) {
        plan.problems.add(
            new FieldProblem(
                field,
                "dates-gap",
                successor.label()
                    + " phải bắt đầu ngày sau khi "
                    + predecessor.label()
                    + " kết thúc: "
                    + predecessor.span()
                    + ", "
                    + successor.span(),
                successor.label()
                    + " must begin the day after "
                    + predecessor.label()
                    + " ends: "
                    + predecessor.span()
                    + ", "
                    + successor.span()));
      }
    }
  }

  private static boolean reaches(Map<String, List<String>> graph, String from, String target) {
    Deque<String> pending = new ArrayDeque<>(List.of(from));
    Set<String> visited = new HashSet<>();
    while (!pending.isEmpty()) {
      String code = pending.pop();
      if (code.equals(target)) {
        return true;
      }
      if (visited.add(code)) {
        pending.addAll(graph.getOrDefault(code, List.of()));
      }
    }
    return false;
  }
}
