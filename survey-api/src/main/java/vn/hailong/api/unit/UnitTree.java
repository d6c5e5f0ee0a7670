package vn.hailong.api.unit;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.problem.Problem;

/**
 * An immutable snapshot of every unit of every era and their lineage. Small (hundreds of units for
 * a province, about 10,000 nation-wide), so it lives in memory and ingestion needs no query for it.
 */
public final class UnitTree {
  private final List<Unit> units;
  private final Map<Long, Unit> byId;
  private final Map<String, Unit> byCode;
  private final Map<Long, List<UnitLink>> successors;
  private final Map<Long, List<UnitLink>> predecessors;
  private final Map<Long, String> sources;

  public UnitTree(List<Unit> units, List<UnitLink> links) {
    this(units, links, Map.of());
  }

  /**
   * @param sources where a unit's facts come from (the {@code source} of the reorganisation row
   *     that created or ended it), by unit id; units loaded by the early migrations have none
   */
  public UnitTree(List<Unit> units, List<UnitLink> links, Map<Long, String> sources) {
    this.sources = Map.copyOf(sources);
    this.units = units.stream().sorted(Comparator.comparing(Unit::path)).toList();
    this.byId = units.stream().collect(Collectors.toUnmodifiableMap(Unit::id, Function.identity()));
    this.byCode =
        units.stream().collect(Collectors.toUnmodifiableMap(Unit::code, Function.identity()));
    this.successors = links.stream().collect(Collectors.groupingBy(UnitLink::predecessorId));
    this.predecessors = links.stream().collect(Collectors.groupingBy(UnitLink::successorId));
  }

  public List<Unit> all() {
    return units;
  }

  public List<Unit> validOn(LocalDate day) {
    return units.stream().filter(unit -> unit.validOn(day)).toList();
  }

  public Optional<Unit> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The unit a request field names, or null with the problem added: "required" when the code is
   * missing, "unknown-unit" when no unit has it.
   */
  @Nullable
  public Unit find(String field, @Nullable String code, FieldProblems problems) {
    if (code == null || code.isBlank()) {
      problems.add(FieldProblem.required(field));
      return null;
    }
    Unit unit = byCode.get(code.strip());
    if (unit == null) {
      problems.add(FieldProblem.unknownUnit(field, code));
    }
    return unit;
  }

  /**
   * The unit a request field names if it was valid on {@code day}; otherwise null with the problem
   * added, which for an ended unit names its successors (where ratings go now).
   */
  @Nullable
  public Unit findValid(
      String field, @Nullable String code, LocalDate day, FieldProblems problems) {
    Unit unit = find(field, code, problems);
    if (unit != null && !unit.validOn(day)) {
      problems.add(notValid(field, unit, day));
      return null;
    }
    return unit;
  }

  /** "not-valid": the unit did not exist on that day; says when it ended and what followed it. */
  public FieldProblem notValid(String field, Unit unit, LocalDate day) {
    var vi = new StringBuilder(unit.name() + " (" + unit.code() + ") không hoạt động ngày " + day);
    var en = new StringBuilder(unit.name() + " (" + unit.code() + ") was not valid on " + day);
    if (unit.validTo() != null && day.isAfter(unit.validTo())) {
      vi.append("; kết thúc ").append(unit.validTo());
      en.append("; ended ").append(unit.validTo());
      String next =
          successors(unit).stream()
              .map(link -> byId(link.successorId()))
              .map(u -> u.name() + " (" + u.code() + ")")
              .collect(Collectors.joining(", "));
      if (!next.isEmpty()) {
        vi.append("; đơn vị kế tiếp: ").append(next);
        en.append("; succeeded by: ").append(next);
      } else if (unit.endReason() != null) {
        vi.append("; ").append(unit.endReason());
        en.append("; ").append(unit.endReason());
      }
    } else if (unit.validFrom() != null) {
      vi.append("; bắt đầu ").append(unit.validFrom());
      en.append("; begins ").append(unit.validFrom());
    }
    return new FieldProblem(field, "not-valid", vi.toString(), en.toString());
  }

  /** The unit a path names, or 404. */
  public Unit require(String code) {
    Unit unit = byCode.get(code);
    if (unit == null) {
      FieldProblem unknown = FieldProblem.unknownUnit("code", code);
      throw Problem.notFound(unknown.vi() + " / " + unknown.en());
    }
    return unit;
  }

  /** Where the unit's facts come from, or null when nobody recorded it. */
  @Nullable
  public String source(Unit unit) {
    return sources.get(unit.id());
  }

  public Unit byId(long id) {
    return byId.get(id);
  }

  public Optional<Unit> parent(Unit unit) {
    return Optional.ofNullable(unit.parentId()).map(byId::get);
  }

  public List<UnitLink> successors(Unit unit) {
    return successors.getOrDefault(unit.id(), List.of());
  }

  public List<UnitLink> predecessors(Unit unit) {
    return predecessors.getOrDefault(unit.id(), List.of());
  }

  /** The unit and every unit under it. */
  public List<Unit> subtree(Unit top) {
    return units.stream().filter(top::contains).toList();
  }

  /** The unit and its ancestors, nearest first. */
  public List<Unit> ancestry(Unit unit) {
    var chain = new java.util.ArrayList<Unit>();
    for (Unit u = unit; u != null; u = u.parentId() == null ? null : byId.get(u.parentId())) {
      chain.add(u);
    }
    return chain;
  }
}
