package vn.hailong.api.stats;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.PercentFormat;
import vn.hailong.analysis.VietnamDates;
import vn.hailong.api.account.Scope;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;
import vn.hailong.api.response.WeekComments;
import vn.hailong.api.support.UnitDays;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitTree;

/** Lists alerts with their week's comments and complaints, and closes them with a note. */
@Singleton
class AlertService {
  static final int MAX_ALERTS = 200;
  static final int COMMENTS_PER_ALERT = 20;
  static final int MAX_NOTE = 1000;

  private final AlertStore store;
  private final UnitDirectory units;
  private final WeekComments comments;
  private final AlertComplaints complaints;
  private final Clock clock;

  AlertService(
      AlertStore store,
      UnitDirectory units,
      WeekComments comments,
      AlertComplaints complaints,
      Clock clock) {
    this.store = store;
    this.units = units;
    this.comments = comments;
    this.complaints = complaints;
    this.clock = clock;
  }

  AlertReport list(Unit top, String state) {
    UnitTree tree = units.tree();
    Boolean open =
        switch (state) {
          case "open" -> Boolean.TRUE;
          case "closed" -> Boolean.FALSE;
          default -> null;
        };
    List<AlertStore.Stored> stored =
        store.list(tree.subtree(top).stream().map(Unit::id).toList(), open, MAX_ALERTS);
    return new AlertReport(top.code(), top.name(), state, views(stored, tree));
  }

  AlertReport.Alert close(AlertReport.Close request, Scope caller, String username) {
    FieldProblems problems = new FieldProblems();
    UnitTree tree = units.tree();
    Unit unit = caller.find(tree, "unitCode", request.unitCode(), problems);
    if (request.id() == null) {
      problems.add(FieldProblem.required("id"));
    }
    String note = request.note() == null ? "" : request.note().strip();
    if (note.isEmpty()) {
      problems.add(FieldProblem.required("note"));
    } else if (note.length() > MAX_NOTE) {
      problems.add(FieldProblem.tooLong("note", MAX_NOTE));
    }
    problems.throwIfAny();
    AlertStore.Stored alert = store.find(request.id());
    if (alert == null || !unit.contains(tree.byId(alert.unitId()))) {
      throw Problem.notFound(
          "Không có cảnh báo "
              + request.id()
              + " của "
              + unit.code()
              + " / no alert "
              + request.id()
              + " of "
              + unit.code());
    }
    if (!store.close(alert.id(), clock.instant(), username, note)) {
      throw Problem.of(
          ProblemType.ALERT_CLOSED,
          "Cảnh báo " + alert.id() + " đã được đóng / alert " + alert.id() + " is closed already");
    }
    return views(List.of(store.find(alert.id())), tree).get(0);
  }

  /** The alerts with their weeks' comments and complaints, read in one query each. */
  private List<AlertReport.Alert> views(List<AlertStore.Stored> stored, UnitTree tree) {
    Set<UnitDays> weeks = new LinkedHashSet<>();
    stored.forEach(a -> weeks.add(week(a)));
    Map<UnitDays, List<String>> weekComments = comments.of(weeks, COMMENTS_PER_ALERT);
    Map<UnitDays, List<String>> weekComplaints = complaints.of(weeks, COMMENTS_PER_ALERT);
    return stored.stream()
        .map(a -> view(a, tree, weekComments.get(week(a)), weekComplaints.get(week(a))))
        .toList();
  }

  private static UnitDays week(AlertStore.Stored a) {
    return new UnitDays(a.unitId(), a.signalWeek(), a.signalWeek().plusDays(6));
  }

  private AlertReport.Alert view(
      AlertStore.Stored a, UnitTree tree, List<String> comments, List<String> complaints) {
    Unit unit = tree.byId(a.unitId());
    Criterion criterion = Criterion.valueOf(a.criterion());
    return new AlertReport.Alert(
        a.id(),
        unit.code(),
        unit.name(),
        criterion.name(),
        criterion.nameVi(),
        a.rule(),
        a.firstWeek(),
        a.signalWeek(),
        a.signalWeek().plusDays(6),
        100 * a.share(),
        100 * a.centre(),
        100 * a.lowerLimit(),
        a.respondents(),
        message(a, criterion),
        a.raisedAt(),
        a.closedAt(),
        a.closedBy(),
        a.closeNote(),
        comments,
        complaints);
  }

  /** The sentence a clerk reads, with a decimal comma. */
  static String message(AlertStore.Stored a, Criterion criterion) {
    String week = VietnamDates.range(a.signalWeek(), a.signalWeek().plusDays(6));
    if (a.rule().equals("BELOW_LOWER_LIMIT")) {
      return criterion.nameVi()
          + ", tuần "
          + week
          + ": "
          + PercentFormat.vi(100 * a.share())
          + ", dưới giới hạn dưới "
          + PercentFormat.vi(100 * a.lowerLimit())
          + " của 13 tuần trước (trung bình "
          + PercentFormat.vi(100 * a.centre())
          + "): giảm thật, không phải ngẫu nhiên.";
    }
    return criterion.nameVi()
        + ": 8 tuần liền dưới mức trung bình của 13 tuần trước đó, từ tuần "
        + VietnamDates.range(a.firstWeek(), a.firstWeek().plusDays(6))
        + " đến tuần "
        + week
        + " ("
        + PercentFormat.vi(100 * a.share())
        + " so với "
        + PercentFormat.vi(100 * a.centre())
        + ").";
  }
}
