package vn.hailong.api.analysis;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.RespondentSums;
import vn.hailong.analysis.Tally;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitTree;

/**
 * A unit that a gaps or ranking report lists for a period, with what its figures pool. With basis
 * {@code then} the report lists every unit under the asked one that was valid on at least one day
 * of the period, each with its own ratings only (a unit has ratings only on the days it was valid,
 * so across the 2025 reform a year lists the old communes with their first half and the new ones
 * with their second). With basis {@code now} it lists the units valid today, each read back through
 * its lineage as satisfaction does, PARTIAL predecessors apart.
 */
record ListedUnit(Unit unit, Territory territory, List<Territory> partial) {

  /**
   * The units under {@code top} (itself included when {@code which} accepts it) that {@code which}
   * accepts, in the tree's order.
   */
  static List<ListedUnit> of(
      Unit top,
      Territory.Basis basis,
      Territory.Scope scope,
      boolean includePartial,
      LocalDate from,
      LocalDate to,
      LocalDate today,
      UnitTree tree,
      Predicate<Unit> which) {
    return tree.subtree(top).stream()
        .filter(which)
        .filter(
            u -> basis == Territory.Basis.NOW ? u.validOn(today) : Territory.overlaps(u, from, to))
        .map(
            u -> {
              Territory territory = Territory.of(u, scope, basis, includePartial, tree);
              return new ListedUnit(u, territory, territory.partialTerritories(tree));
            })
        .toList();
  }

  /** Every unit id whose own tallies the listed units need, for one rollup query. */
  static Set<Long> ids(Collection<ListedUnit> listed, UnitTree tree) {
    Set<Long> ids = new LinkedHashSet<>();
    for (ListedUnit l : listed) {
      ids.addAll(l.territory.unitIds(tree));
      l.partial.forEach(p -> ids.addAll(p.unitIds(tree)));
    }
    return ids;
  }

  /** The unit's figures: the own tallies of its territory, pooled. */
  Map<String, Tally> pooled(Map<Long, Map<String, Tally>> own, UnitTree tree) {
    return pool(territory, own, tree);
  }

  /** What long forms add to the unit's figures, per criterion, pooled like {@link #pooled}. */
  Map<Criterion, RespondentSums.Excess> pooledExcess(
      Map<Long, Map<Criterion, RespondentSums.Excess>> own, UnitTree tree) {
    Map<Criterion, RespondentSums.Excess> pooled = new EnumMap<>(Criterion.class);
    for (Long id : territory.unitIds(tree)) {
      own.getOrDefault(id, Map.of())
          .forEach((c, e) -> pooled.merge(c, e, RespondentSums.Excess::plus));
    }
    return pooled;
  }

  /** Its PARTIAL predecessors valid within the range, with their figures for a criterion. */
  List<PartialPredecessor> partialFigures(
      Map<Long, Map<String, Tally>> own,
      UnitTree tree,
      Criterion criterion,
      LocalDate from,
      LocalDate to) {
    return partial.stream()
        .filter(p -> p.validWithin(from, to))
        .map(p -> PartialPredecessor.of(p.unit(), pool(p, own, tree), criterion))
        .toList();
  }

  static Map<String, Tally> pool(
      Territory territory, Map<Long, Map<String, Tally>> own, UnitTree tree) {
    Map<String, Tally> pooled = new HashMap<>();
    for (Long id : territory.unitIds(tree)) {
      Map<String, Tally> tallies = own.get(id);
      if (tallies != null) {
        tallies.forEach((code, tally) -> pooled.merge(code, tally, Tally::plus));
      }
    }
    return pooled;
  }
}
