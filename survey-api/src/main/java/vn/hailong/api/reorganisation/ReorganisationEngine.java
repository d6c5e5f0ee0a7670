package vn.hailong.api.reorganisation;

import io.micronaut.core.annotation.Nullable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.hailong.api.account.AccountsOfUnit;
import vn.hailong.api.kiosk.KiosksOfUnit;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;
import vn.hailong.api.response.StoredRatings;
import vn.hailong.api.rollup.RollupMove;
import vn.hailong.api.unit.Share;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitLevel;
import vn.hailong.api.unit.UnitLink;
import vn.hailong.api.unit.UnitStore;
import vn.hailong.api.unit.UnitTree;

/**
 * Checks a reorganisation as a whole against the tree as it would be afterwards, reporting every
 * problem with its line, then either describes it (dry run) or applies it on the caller's
 * connection, in the caller's transaction. Plain JDBC, no Micronaut: the V14 migration runs it too.
 *
 * <p>The rules (docs/units.md, "Reorganisations"): codes unique across eras; a successor begins the
 * day after its predecessor ends; no cycle in the lineage; a parent valid over its child's whole
 * life; no stored rating left on a unit on a day it is not valid: ratings dated after a unit's end
 * move to its successor when it has exactly one, and otherwise the plan is refused ({@link
 * Stranded#REFUSE}) or, for the migration of data stored before units could end, they stay ({@link
 * Stranded#KEEP}, reported).
 */
public final class ReorganisationEngine {
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  /** What to do with ratings stored after an end date that no single successor can take. */
  public enum Stranded {
    REFUSE,
    KEEP
  }

  /** Who applies the plan, why, and from what (the file's name). */
  public record Audit(String by, String reason, @Nullable String origin, Instant at) {}

  private ReorganisationEngine() {}

  /** A unit as it would be after the plan. */
  private static final class Era {
    final String code;
    String name;
    @Nullable String parentCode;
    UnitLevel level;
    @Nullable String kind;
    @Nullable String officialCode;
    @Nullable LocalDate from;
    @Nullable LocalDate to;
    @Nullable final Unit existing;
    int line;
    @Nullable String endReason;
    long id;

    Era(Unit unit, UnitTree tree) {
      this.code = unit.code();
      this.name = unit.name();
      this.parentCode = tree.parent(unit).map(Unit::code).orElse(null);
      this.level = unit.level();
      this.kind = unit.kind();
      this.officialCode = unit.officialCode();
      this.from = unit.validFrom();
      this.to = unit.validTo();
      this.existing = unit;
      this.endReason = unit.endReason();
      this.id = unit.id();
    }

    Era(String code, int line) {
      this.code = code;
      this.existing = null;
      this.line = line;
    }

    String label() {
      return name + " (" + code + ")";
    }
  }

  private record End(int line, String code, LocalDate to, @Nullable String reason) {}

  private record NewLink(int line, String predecessor, String successor, Share share) {}

  private record Source(int line, String code, String source) {}

  private record Move(String from, String to, LocalDate after, int count) {}

  /**
   * Checks the plan and reports it; with {@code apply} also makes the changes and audits them.
   *
   * @throws Problem 400 reorganisation-refused listing every problem, before anything is written
   */
  public static Report run(
      Connection connection,
      List<Change> changes,
      boolean apply,
      Stranded stranded,
      @Nullable Audit audit)
      throws SQLException {
    UnitTree tree = UnitStore.load(connection);
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Era> eras = new LinkedHashMap<>();
    for (Unit unit : tree.all()) {
      eras.put(unit.code(), new Era(unit, tree));
    }
    List<Era> created = new ArrayList<>();
    List<End> ends = new ArrayList<>();
    List<NewLink> links = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    List<Report.Line> lines = new ArrayList<>();

    for (Change change : changes) {
      String field = Change.field(change.line());
      switch (change.kind()) {
        case CREATE -> {
          String parentCode = change.parent();
          String code =
              change.code() != null
                  ? change.code()
                  : parentCode == null
                      ? UnitCodes.slug(change.name())
                      : UnitCodes.code(parentCode, change.name(), change.validFrom());
          Era era =
              create(
                  eras,
                  code,
                  change.line(),
                  change.name(),
                  parentCode,
                  change.level(),
                  change.unitKind(),
                  change.officialCode(),
                  change.validFrom(),
                  change.validTo(),
                  problems);
          if (era != null) {
            created.add(era);
            lines.add(
                new Report.Line(
                    change.line(),
                    "CREATE",
                    code,
                    era.name
                        + " from "
                        + dayOrOpen(era.from)
                        + " to "
                        + dayOrOpen(era.to)
                        + (parentCode == null ? "" : " under " + parentCode)));
          }
          for (Change.Link link : change.predecessors()) {
            links.add(new NewLink(change.line(), link.code(), code, link.share()));
          }
          for (Change.Link link : change.successors()) {
            links.add(new NewLink(change.line(), code, link.code(), link.share()));
          }
          if (change.source() != null) {
            sources.add(new Source(change.line(), code, change.source()));
          }
        }
        case END, SOURCE -> {
          Era era = eras.get(change.code());
          if (era == null) {
            problems.add(FieldProblem.unknownUnit(field + ".code", change.code()));
            continue;
          }
          if (change.kind() == ChangeKind.END) {
            end(era, change.line(), change.validTo(), change.reason(), ends, lines, problems);
          }
          for (Change.Link link : change.successors()) {
            links.add(new NewLink(change.line(), era.code, link.code(), link.share()));
          }
          if (change.source() != null && !change.source().isBlank()) {
            sources.add(new Source(change.line(), era.code, change.source()));
          }
        }
        case RENAME, MOVE -> {
          Era old = eras.get(change.code());
          if (old == null) {
            problems.add(FieldProblem.unknownUnit(field + ".code", change.code()));
            continue;
          }
          LocalDate from = change.validFrom();
          boolean rename = change.kind() == ChangeKind.RENAME;
          String name = rename ? change.name() : old.name;
          String parentCode = rename ? old.parentCode : change.parent();
          List<String> children =
              eras.values().stream()
                  .filter(
                      e -> old.code.equals(e.parentCode) && (e.to == null || !e.to.isBefore(from)))
                  .map(e -> e.code)
                  .toList();
          if (!children.isEmpty()) {
            problems.add(
                new FieldProblem(
                    field,
                    "has-children",
                    old.label()
                        + " còn đơn vị trực thuộc sau "
                        + from
                        + ": "
                        + first(children)
                        + "; hãy kết thúc hoặc chuyển chúng trước",
                    old.label()
                        + " has units under it after "
                        + from
                        + ": "
                        + first(children)
                        + "; end or move them first"));
            continue;
          }
          String code =
              parentCode == null
                  ? UnitCodes.slug(name) + "." + from.toString().substring(0, 7)
                  : UnitCodes.code(parentCode, name, from);
          LocalDate oldTo = old.to;
          end(
              old,
              change.line(),
              from.minusDays(1),
              change.reason() != null
                  ? change.reason()
                  : (rename ? "Đổi tên thành " + name : "Chuyển về " + parentCode),
              ends,
              lines,
              problems);
          Era era =
              create(
                  eras,
                  code,
                  change.line(),
                  name,
                  parentCode,
                  old.level,
                  old.kind,
                  old.officialCode,
                  from,
                  oldTo,
                  problems);
          if (era != null) {
            created.add(era);
            lines.add(
                new Report.Line(
                    change.line(),
                    change.kind().name(),
                    code,
                    (rename
                            ? "renamed " + old.label() + " to " + name
                            : old.label() + " moved under " + parentCode)
                        + " from "
                        + from));
            links.add(new NewLink(change.line(), old.code, code, Share.WHOLE));
          }
          if (change.source() != null) {
            sources.add(new Source(change.line(), code, change.source()));
          }
        }
      }
    }

    checkParents(created, ends, eras, problems);
    checkLinks(links, tree, eras, problems);
    for (NewLink link : links) {
      lines.add(
          new Report.Line(
              link.line(),
              "LINK",
              link.successor(),
              link.predecessor() + " -> " + link.successor() + " " + link.share()));
    }

    // successors after the plan, for the ratings and the kiosks
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

    List<Move> moves = new ArrayList<>();
    List<Report.Ratings> ratings = new ArrayList<>();
    ratings(connection, ends, created, eras, successors, stranded, moves, ratings, problems);

    if (!problems.isEmpty()) {
      throw Problem.invalid(ProblemType.REORGANISATION_REFUSED, problems);
    }

    List<Report.Kiosk> kiosks = new ArrayList<>();
    List<Report.Account> accounts = new ArrayList<>();
    for (End end : ends) {
      Era era = eras.get(end.code());
      if (era.existing == null) {
        continue;
      }
      List<String> next = successors.getOrDefault(era.code, List.of());
      for (KiosksOfUnit.Entry kiosk : KiosksOfUnit.list(connection, era.existing.id())) {
        kiosks.add(new Report.Kiosk(kiosk.code(), era.code, kiosk.revoked(), next));
      }
      for (AccountsOfUnit.Entry account : AccountsOfUnit.list(connection, era.existing.id())) {
        accounts.add(new Report.Account(account.username(), account.role(), era.code, next));
      }
    }

    Long id = null;
    if (apply) {
      id = write(connection, created, ends, links, sources, moves, eras, lines, audit);
    }
    lines.sort(Comparator.comparingInt(Report.Line::line));
    return new Report(
        !apply,
        id,
        ends.stream()
            .map(e -> new Report.Ended(e.line(), e.code(), eras.get(e.code()).name, e.to()))
            .toList(),
        created.stream()
            .map(e -> new Report.Started(e.line, e.code, e.name, e.parentCode, e.from, e.to))
            .toList(),
        links.stream()
            .map(l -> new Report.Linked(l.line(), l.predecessor(), l.successor(), l.share()))
            .toList(),
        kiosks,
        accounts,
        ratings,
        lines);
  }

  @Nullable
  private static Era create(
      Map<String, Era> eras,
      String code,
      int line,
      String name,
      @Nullable String parentCode,
      UnitLevel level,
      @Nullable String kind,
      @Nullable String officialCode,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      List<FieldProblem> problems) {
    String field = Change.field(line);
    if (!CODE.matcher(code).matches() || code.length() > 80) {
      problems.add(
          FieldProblem.badFormat(
              field + ".code",
              "mã '" + code + "' phải là chữ thường ASCII, số, '.' và '-', tối đa 80 ký tự",
              "code '"
                  + code
                  + "' must be lowercase ASCII letters, digits, '.' and '-', at most 80"));
      return null;
    }
    Era taken = eras.get(code);
    if (taken != null) {
      problems.add(
          new FieldProblem(
              field + ".code",
              "code-taken",
              "mã " + code + " đã dùng cho " + taken.label() + " (mã là duy nhất qua mọi thời kỳ)",
              "code " + code + " is already " + taken.label() + " (codes are unique across eras)"));
      return null;
    }
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(
          new FieldProblem(
              field,
              "dates-reversed",
              "kết thúc " + to + " trước khi bắt đầu " + from,
              "ends " + to + " before it begins " + from));
    }
    if (parentCode == null && level != UnitLevel.PROVINCE) {
      problems.add(FieldProblem.required(field + ".parent"));
    }
    Era era = new Era(code, line);
    era.name = name;
    era.parentCode = parentCode;
    era.level = level;
    era.kind = kind;
    era.officialCode = officialCode;
    era.from = from;
    era.to = to;
    eras.put(code, era);
    return era;
  }

  private static void end(
      Era era,
      int line,
      LocalDate to,
      @Nullable String reason,
      List<End> ends,
      List<Report.Line> lines,
      List<FieldProblem> problems) {
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

  /** A parent valid over its child's whole life: new children, and children of ended units. */
  private static void checkParents(
      List<Era> created, List<End> ends, Map<String, Era> eras, List<FieldProblem> problems) {
    for (Era era : created) {
      if (era.parentCode == null) {
        continue;
      }
      Era parent = eras.get(era.parentCode);
      if (parent == null) {
        problems.add(FieldProblem.unknownUnit(Change.field(era.line) + ".parent", era.parentCode));
      } else if (!covers(parent, era)) {
        problems.add(
            new FieldProblem(
                Change.field(era.line),
                "parent-not-valid",
                "đơn vị cấp trên "
                    + parent.label()
                    + " ("
                    + span(parent)
                    + ") không bao trọn "
                    + span(era),
                "parent "
                    + parent.label()
                    + " ("
                    + span(parent)
                    + ") does not cover "
                    + span(era)));
      }
    }
    for (End end : ends) {
      Era parent = eras.get(end.code());
      List<String> outliving =
          eras.values().stream()
              .filter(e -> parent.code.equals(e.parentCode) && !covers(parent, e))
              .map(e -> e.code)
              .toList();
      if (!outliving.isEmpty()) {
        problems.add(
            new FieldProblem(
                Change.field(end.line()),
                "children-outlive",
                parent.label()
                    + " kết thúc "
                    + end.to()
                    + " nhưng đơn vị trực thuộc còn hoạt động: "
                    + first(outliving),
                parent.label()
                    + " ends "
                    + end.to()
                    + " but units under it stay valid: "
                    + first(outliving)));
      }
    }
  }

  /** Each new link: both ends exist, the successor begins the day after; no cycle. */
  private static void checkLinks(
      List<NewLink> links, UnitTree tree, Map<String, Era> eras, List<FieldProblem> problems) {
    Map<String, Set<String>> graph = new LinkedHashMap<>();
    for (Unit unit : tree.all()) {
      for (UnitLink link : tree.successors(unit)) {
        graph
            .computeIfAbsent(unit.code(), k -> new HashSet<>())
            .add(tree.byId(link.successorId()).code());
      }
    }
    Set<String> seen = new HashSet<>();
    for (NewLink link : links) {
      graph.computeIfAbsent(link.predecessor(), k -> new HashSet<>()).add(link.successor());
    }
    for (NewLink link : links) {
      String field = Change.field(link.line());
      Era predecessor = eras.get(link.predecessor());
      Era successor = eras.get(link.successor());
      if (predecessor == null) {
        problems.add(FieldProblem.unknownUnit(field + ".predecessors", link.predecessor()));
      }
      if (successor == null) {
        problems.add(FieldProblem.unknownUnit(field + ".successors", link.successor()));
      }
      if (!seen.add(link.predecessor() + " " + link.successor())) {
        problems.add(
            new FieldProblem(
                field,
                "duplicate-link",
                "liên kết " + link.predecessor() + " -> " + link.successor() + " lặp lại",
                "link " + link.predecessor() + " -> " + link.successor() + " given twice"));
      }
      if (reaches(graph, link.successor(), link.predecessor())) {
        problems.add(
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
        problems.add(
            new FieldProblem(
                field,
                "dates-gap",
                successor.label()
                    + " phải bắt đầu ngày sau khi "
                    + predecessor.label()
                    + " kết thúc: "
                    + span(predecessor)
                    + ", "
                    + span(successor),
                successor.label()
                    + " must begin the day after "
                    + predecessor.label()
                    + " ends: "
                    + span(predecessor)
                    + ", "
                    + span(successor)));
      }
    }
  }

  private static boolean reaches(Map<String, Set<String>> graph, String from, String target) {
    Deque<String> pending = new ArrayDeque<>(List.of(from));
    Set<String> visited = new HashSet<>();
    while (!pending.isEmpty()) {
      String code = pending.pop();
      if (code.equals(target)) {
        return true;
      }
      if (visited.add(code)) {
        pending.addAll(graph.getOrDefault(code, Set.of()));
      }
    }
    return false;
  }

  /**
   * Follows the stored ratings after each end date, earliest end first, to the single successor
   * (which may end in the same plan and pass them on).
   */
  private static void ratings(
      Connection connection,
      List<End> ends,
      List<Era> created,
      Map<String, Era> eras,
      Map<String, List<String>> successors,
      Stranded stranded,
      List<Move> moves,
      List<Report.Ratings> report,
      List<FieldProblem> problems)
      throws SQLException {
    Map<String, TreeMap<LocalDate, Integer>> incoming = new LinkedHashMap<>();
    List<Era> ending = new ArrayList<>();
    for (End end : ends) {
      ending.add(eras.get(end.code()));
    }
    for (Era era : created) {
      if (era.to != null && !ending.contains(era)) {
        ending.add(era);
      }
    }
    ending.sort(Comparator.comparing(e -> e.to));
    for (Era era : ending) {
      TreeMap<LocalDate, Integer> days =
          era.existing == null
              ? new TreeMap<>()
              : StoredRatings.perDayAfter(connection, era.existing.id(), era.to);
      StoredRatings.addInto(
          days, incoming.getOrDefault(era.code, new TreeMap<>()).tailMap(era.to, false));
      int count = days.values().stream().mapToInt(Integer::intValue).sum();
      if (count == 0) {
        continue;
      }
      List<String> next = successors.getOrDefault(era.code, List.of());
      if (next.size() == 1) {
        moves.add(new Move(era.code, next.get(0), era.to, count));
        report.add(new Report.Ratings(era.code, era.to, count, next.get(0)));
        StoredRatings.addInto(incoming.computeIfAbsent(next.get(0), k -> new TreeMap<>()), days);
      } else if (stranded == Stranded.KEEP) {
        report.add(new Report.Ratings(era.code, era.to, count, null));
      } else {
        problems.add(
            new FieldProblem(
                Change.field(era.line),
                "ratings-stranded",
                count
                    + " đánh giá của "
                    + era.label()
                    + " có ngày sau "
                    + era.to
                    + " mà không có một đơn vị kế tiếp duy nhất để chuyển sang"
                    + (next.isEmpty() ? "" : " (" + String.join(", ", next) + ")"),
                count
                    + " ratings of "
                    + era.label()
                    + " are dated after "
                    + era.to
                    + " and there is no single successor to move them to"
                    + (next.isEmpty() ? "" : " (" + String.join(", ", next) + ")")));
      }
    }
  }

  private static long write(
      Connection connection,
      List<Era> created,
      List<End> ends,
      List<NewLink> links,
      List<Source> sources,
      List<Move> moves,
      Map<String, Era> eras,
      List<Report.Line> lines,
      @Nullable Audit audit)
      throws SQLException {
    Objects.requireNonNull(audit, "an applied reorganisation is audited");
    long next = UnitStore.nextId(connection);
    Map<String, String> paths = new LinkedHashMap<>();
    for (Era era : eras.values()) {
      if (era.existing != null) {
        paths.put(era.code, era.existing.path());
      }
    }
    // parents first: a new unit may sit under another new one
    List<Era> pending = new ArrayList<>(created);
    while (!pending.isEmpty()) {
      boolean progress = false;
      for (var it = pending.iterator(); it.hasNext(); ) {
        Era era = it.next();
        if (era.parentCode != null && !paths.containsKey(era.parentCode)) {
          continue;
        }
        era.id = next++;
        String path = (era.parentCode == null ? "/" : paths.get(era.parentCode)) + era.id + "/";
        paths.put(era.code, path);
        Long parentId = era.parentCode == null ? null : eras.get(era.parentCode).id;
        UnitStore.insert(
            connection,
            new Unit(
                era.id,
                era.code,
                era.officialCode,
                era.name,
                era.kind,
                era.level,
                parentId,
                path,
                era.from,
                era.to,
                era.to == null ? null : era.endReason));
        it.remove();
        progress = true;
      }
      if (!progress) {
        throw new IllegalStateException("parents checked before writing: " + pending.size());
      }
    }
    for (End end : ends) {
      Era era = eras.get(end.code());
      if (era.existing != null) {
        UnitStore.end(connection, era.id, end.to(), end.reason());
      }
    }
    for (NewLink link : links) {
      UnitStore.link(
          connection, eras.get(link.predecessor()).id, eras.get(link.successor()).id, link.share());
    }
    for (Source source : sources) {
      UnitStore.source(connection, eras.get(source.code()).id, truncate(source.source(), 2000));
    }
    for (Move move : moves) {
      long from = eras.get(move.from()).id;
      long to = eras.get(move.to()).id;
      int moved = StoredRatings.moveAfter(connection, from, to, move.after());
      RollupMove.after(connection, from, to, move.after());
      lines.add(
          new Report.Line(
              eras.get(move.from()).line,
              "MOVE_RATINGS",
              move.from(),
              moved + " ratings dated after " + move.after() + " moved to " + move.to()));
    }
    return ReorganisationAudit.write(connection, audit, lines);
  }

  private static boolean covers(Era parent, Era child) {
    boolean startsInTime =
        parent.from == null || (child.from != null && !child.from.isBefore(parent.from));
    boolean endsInTime = parent.to == null || (child.to != null && !child.to.isAfter(parent.to));
    return startsInTime && endsInTime;
  }

  private static String span(Era era) {
    return dayOrOpen(era.from) + " – " + dayOrOpen(era.to);
  }

  private static String dayOrOpen(@Nullable LocalDate day) {
    return day == null ? "…" : day.toString();
  }

  private static String first(List<String> codes) {
    return codes.stream().limit(5).collect(Collectors.joining(", "))
        + (codes.size() > 5 ? " (+" + (codes.size() - 5) + ")" : "");
  }

  static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
