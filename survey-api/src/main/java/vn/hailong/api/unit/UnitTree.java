package vn.hailong.api.unit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

  public UnitTree(List<Unit> units, List<UnitLink> links) {
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

  /** The unit and its ancestors, nearest first. */
  public List<Unit> ancestry(Unit unit) {
    var chain = new java.util.ArrayList<Unit>();
    for (Unit u = unit; u != null; u = u.parentId() == null ? null : byId.get(u.parentId())) {
      chain.add(u);
    }
    return chain;
  }
}
