package vn.hailong.api.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.Scope;
import vn.hailong.api.plan.PlanView.EvidenceFile;
import vn.hailong.api.plan.PlanView.Item;
import vn.hailong.api.plan.PlanView.Milestones;
import vn.hailong.api.plan.PlanView.Plan;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;
import vn.hailong.api.support.Dates;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitTree;

/**
 * Improvement plans: a unit's tasks for a year, under the six criteria. Officers edit the plans of
 * their subtree (the same {@link Scope} as every unit query); a task outside it and an id that does
 * not exist get the same 403, so that nobody learns which tasks exist elsewhere.
 */
@Singleton
public class Plans {
  static final int TASK_MAX = 4000;
  static final int AGENCY_MAX = 500;
  static final int PARTNERS_MAX = 1000;
  static final int NUMBER_MAX = 200;
  static final int LINK_MAX = 1000;
  static final int FILE_MAX = 10 * 1024 * 1024;

  private final PlanItemRepository items;
  private final EvidenceStore evidence;
  private final UnitDirectory units;
  private final Clock clock;

  Plans(PlanItemRepository items, EvidenceStore evidence, UnitDirectory units, Clock clock) {
    this.items = items;
    this.evidence = evidence;
    this.units = units;
    this.clock = clock;
  }

  /** The plan of a unit (the caller's own by default) for a year (this year by default). */
  @Transactional
  public Plan plan(@Nullable String unitCode, @Nullable Integer year, Scope scope) {
    UnitTree tree = units.tree();
    Unit unit = scope.top(tree, "unit", unitCode);
    int y = year == null ? today().getYear() : checkedYear(year);
    List<PlanItem> found = items.findByUnitIdAndYearOrderById(unit.id(), y);
    Map<Long, EvidenceFile> files = evidence.describe(found.stream().map(PlanItem::id).toList());
    return new Plan(
        unit.code(),
        unit.name(),
        y,
        found.stream().map(i -> view(i, tree, files.get(i.id()))).toList());
  }

  /** Tasks of the unit and the units under it done between from and to (the trend's marks). */
  @Transactional
  public Milestones milestones(
      @Nullable String unitCode, @Nullable String from, @Nullable String to, Scope scope) {
    UnitTree tree = units.tree();
    Unit unit = scope.top(tree, "unit", unitCode);
    FieldProblems problems = new FieldProblems();
    LocalDate start = from == null ? LocalDate.of(2015, 1, 1) : Dates.parse("from", from, problems);
    LocalDate end = to == null ? today() : Dates.parse("to", to, problems);
    problems.throwIfAny();
    List<Long> ids = tree.subtree(unit).stream().map(Unit::id).toList();
    List<PlanItem> done = items.findByUnitIdInAndDoneOnBetweenOrderByDoneOn(ids, start, end);
    Map<Long, EvidenceFile> files = evidence.describe(done.stream().map(PlanItem::id).toList());
    return new Milestones(
        unit.code(), start, end, done.stream().map(i -> view(i, tree, files.get(i.id()))).toList());
  }

  /**
   * The day each task of the unit and the units under it was done between from and to, one entry
   * per task: the ✓ marks of the trend chart (the caller has already checked the unit's scope).
   */
  @Transactional
  public List<LocalDate> doneDates(Unit unit, LocalDate from, LocalDate to) {
    List<Long> ids = units.tree().subtree(unit).stream().map(Unit::id).toList();
    return items.findByUnitIdInAndDoneOnBetweenOrderByDoneOn(ids, from, to).stream()
        .map(PlanItem::doneOn)
        .toList();
  }

  @Transactional
  public Item create(PlanInput input, Scope scope) {
    PlanItem parsed = parse(input, scope, null);
    PlanItem saved = items.save(parsed);
    return view(saved, units.tree(), null);
  }

  @Transactional
  public Item update(long id, PlanInput input, Scope scope) {
    PlanItem current = owned(id, scope);
    PlanItem parsed = parse(input, scope, current);
    PlanItem saved = items.update(parsed);
    return view(saved, units.tree(), evidence.describe(List.of(id)).get(id));
  }

  @Transactional
  public void delete(long id, Scope scope) {
    PlanItem current = owned(id, scope);
    evidence.delete(current.id());
    items.deleteById(current.id());
  }

  /**
   * Stores the task's evidence file (replacing the one it had): at most {@value #FILE_MAX} bytes,
   * and PDF, DOCX, XLSX, PNG or JPEG by its content, whatever its name says.
   */
  @Transactional
  public Item attach(long id, @Nullable String fileName, @Nullable byte[] content, Scope scope) {
    PlanItem item = owned(id, scope);
    if (content == null || content.length == 0) {
      throw Problem.invalid(FieldProblem.required("file"));
    }
    if (content.length > FILE_MAX) {
      throw Problem.of(
          ProblemType.TOO_LARGE,
          "Tệp minh chứng lớn hơn 10 MB / the evidence file is larger than 10 MB");
    }
    EvidenceType type =
        EvidenceType.of(content)
            .orElseThrow(
                () ->
                    Problem.invalid(
                        new FieldProblem(
                            "file",
                            "file-type",
                            "chỉ nhận tệp PDF, Word (DOCX), Excel (XLSX), PNG hoặc JPEG",
                            "only PDF, Word (DOCX), Excel (XLSX), PNG or JPEG files")));
    String name = EvidenceNames.clean(fileName, type);
    evidence.store(
        id,
        name,
        type,
        content,
        LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
        scope.username());
    return view(item, units.tree(), evidence.describe(List.of(id)).get(id));
  }

  @Transactional
  public EvidenceStore.StoredFile evidenceFile(long id, Scope scope) {
    owned(id, scope);
    return evidence
        .read(id)
        .orElseThrow(
            () ->
                Problem.notFound(
                    "Nhiệm vụ chưa có tệp minh chứng / the task has no evidence file"));
  }

  /** The task, when it exists and lies in the caller's subtree; 403 otherwise (404 for admins). */
  PlanItem owned(long id, Scope scope) {
    PlanItem item = items.findById(id).orElse(null);
    if (item == null && scope.admin()) {
      throw Problem.notFound("Không có nhiệm vụ số " + id + " / no task " + id);
    }
    if (item == null || !scope.covers(units.tree().byId(item.unitId()))) {
      throw Problem.forbidden(
          scope.username()
              + " không phụ trách nhiệm vụ số "
              + id
              + " / is not responsible for task "
              + id);
    }
    return item;
  }

  Item view(PlanItem item, UnitTree tree, @Nullable EvidenceFile file) {
    Unit unit = tree.byId(item.unitId());
    return new Item(
        item.id(),
        unit.code(),
        unit.name(),
        item.year(),
        item.criterion(),
        item.task(),
        item.leadAgency(),
        item.partners(),
        item.deadline() == null ? PlanInput.ONGOING : item.deadline().toString(),
        item.status(),
        item.resultText(),
        item.evidenceNumber(),
        item.evidenceDate(),
        item.evidenceLink(),
        item.doneOn(),
        file,
        item.updatedAt(),
        item.updatedBy());
  }

  LocalDate today() {
    return VietnamTime.localDate(clock.instant());
  }

  private static int checkedYear(int year) {
    if (year < 2015 || year > 2100) {
      throw Problem.invalid(FieldProblem.outOfRange("year", year, 2015, 2100));
    }
    return year;
  }

  // every problem of the input at once; the unit is checked against the scope first
  private PlanItem parse(PlanInput in, Scope scope, @Nullable PlanItem current) {
    FieldProblems problems = new FieldProblems();
    UnitTree tree = units.tree();
    Unit unit = scope.find(tree, "unitCode", in.unitCode(), problems);
    Integer year = in.year();
    if (year == null) {
      problems.add(FieldProblem.required("year"));
    } else if (year < 2015 || year > 2100) {
      problems.add(FieldProblem.outOfRange("year", year, 2015, 2100));
    }
    String criterion = null;
    if (blank(in.criterion())) {
      problems.add(FieldProblem.required("criterion"));
    } else {
      try {
        criterion = Criterion.valueOf(in.criterion().strip()).name();
      } catch (IllegalArgumentException e) {
        problems.add(FieldProblem.notOneOf("criterion", in.criterion(), Criterion.class, false));
      }
    }
    String task = text("task", in.task(), TASK_MAX, true, problems);
    String lead = text("leadAgency", in.leadAgency(), AGENCY_MAX, true, problems);
    String partners = text("partners", in.partners(), PARTNERS_MAX, false, problems);
    LocalDate deadline = null;
    if (blank(in.deadline())) {
      problems.add(FieldProblem.required("deadline"));
    } else if (!ongoing(in.deadline())) {
      deadline = Dates.parse("deadline", in.deadline(), problems);
    }
    PlanStatus status = PlanStatus.PLANNED;
    if (!blank(in.status())) {
      try {
        status = PlanStatus.valueOf(in.status().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(FieldProblem.notOneOf("status", in.status(), PlanStatus.class, false));
      }
    }
    String result = text("resultText", in.resultText(), TASK_MAX, false, problems);
    String number = text("evidenceNumber", in.evidenceNumber(), NUMBER_MAX, false, problems);
    LocalDate evidenceDate =
        blank(in.evidenceDate()) ? null : Dates.parse("evidenceDate", in.evidenceDate(), problems);
    String link = text("evidenceLink", in.evidenceLink(), LINK_MAX, false, problems);
    if (link != null && !isWebLink(link)) {
      problems.add(
          FieldProblem.badFormat(
              "evidenceLink",
              "phải là địa chỉ http:// hoặc https://",
              "must be an http:// or https:// address"));
    }
    LocalDate today = today();
    LocalDate doneOn = blank(in.doneOn()) ? null : Dates.parse("doneOn", in.doneOn(), problems);
    if (doneOn != null && doneOn.isAfter(today)) {
      problems.add(
          new FieldProblem(
              "doneOn", "in-future", "không được sau hôm nay", "must not be after today"));
    }
    problems.throwIfAny();
    if (status == PlanStatus.DONE && doneOn == null) {
      // done now, unless it was done before and is only being edited
      doneOn = current != null && current.doneOn() != null ? current.doneOn() : today;
    }
    if (status != PlanStatus.DONE) {
      doneOn = null;
    }
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    return new PlanItem(
        current == null ? null : current.id(),
        unit.id(),
        year,
        criterion,
        task,
        lead,
        partners,
        deadline,
        status,
        result,
        number,
        evidenceDate,
        link,
        doneOn,
        current == null ? now : current.createdAt(),
        current == null ? scope.username() : current.createdBy(),
        now,
        scope.username());
  }

  static boolean ongoing(String deadline) {
    String d = deadline.strip();
    return d.equalsIgnoreCase(PlanInput.ONGOING) || d.equalsIgnoreCase("Thường xuyên");
  }

  private static boolean isWebLink(String link) {
    try {
      URI uri = URI.create(link);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  @Nullable
  private static String text(
      String field, @Nullable String value, int max, boolean required, FieldProblems problems) {
    if (blank(value)) {
      if (required) {
        problems.add(FieldProblem.required(field));
      }
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      problems.add(FieldProblem.tooLong(field, max));
    }
    return v;
  }
}
