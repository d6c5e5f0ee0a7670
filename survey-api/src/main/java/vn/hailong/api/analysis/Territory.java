package vn.hailong.api.analysis;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.hailong.api.unit.Share;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitLink;
import vn.hailong.api.unit.UnitTree;

/**
 * What a unit's figures are pooled from. With basis {@code now} a unit valid today is read back
 * through its lineage: its WHOLE predecessors (and theirs) count as its own history; PARTIAL ones
 * only when asked for, and always named. The walk stops at a PARTIAL link unless PARTIAL ones are
 * included, so nothing behind a split is pooled without being asked for. With basis {@code then}
 * only the unit itself (and, for scope subtree, the units under it) count.
 *
 * @param unit the unit asked about
 * @param roots the units whose ratings are pooled (each with its subtree when scope is subtree);
 *     none lies inside another's subtree, so nothing is counted twice
 * @param partial PARTIAL predecessors found in the lineage, pooled only if {@code partialIncluded}
 */
public record Territory(
    Unit unit, Scope scope, List<Unit> roots, List<Unit> partial, boolean partialIncluded) {

  public enum Scope {
    SUBTREE,
    OWN
  }

  public enum Basis {
    NOW,
    THEN
  }

  public static Territory of(
      Unit unit, Scope scope, Basis basis, boolean includePartial, UnitTree tree) {
    Set<Unit> roots = new LinkedHashSet<>();
    Set<Unit> partial = new LinkedHashSet<>();
    roots.add(unit);
    if (basis == Basis.NOW) {
      Deque<Unit> pending = new ArrayDeque<>(List.of(unit));
      while (!pending.isEmpty()) {
        for (UnitLink link : tree.predecessors(pending.pop())) {
          Unit predecessor = tree.byId(link.predecessorId());
          boolean whole = link.share() == Share.WHOLE;
          boolean added = whole ? roots.add(predecessor) : partial.add(predecessor);
          // a PARTIAL predecessor's own history is pooled only with it: walking past it would
          // pool its WHOLE predecessors, which the successors of the split count as well
          if (added && (whole || includePartial)) {
            pending.push(predecessor);
          }
        }
      }
      if (includePartial) {
        roots.addAll(partial);
      }
    }
    List<Unit> disjoint = new ArrayList<>();
    for (Unit root : roots) {
      boolean inside =
          scope == Scope.SUBTREE
              && roots.stream().anyMatch(other -> other != root && other.contains(root));
      if (!inside) {
        disjoint.add(root);
      }
    }
    partial.removeAll(includePartial ? Set.of() : roots);
    return new Territory(unit, scope, disjoint, List.copyOf(partial), includePartial);
  }

  /** The ids of every unit whose own ratings are pooled: the roots, with their subtrees. */
  public List<Long> unitIds(UnitTree tree) {
    if (scope == Scope.OWN) {
      return roots.stream().map(Unit::id).toList();
    }
    return roots.stream().flatMap(root -> tree.subtree(root).stream()).map(Unit::id).toList();
  }

  /**
   * What each PARTIAL predecessor would bring with {@code partial=include}: itself and its WHOLE
   * predecessors, in this territory's scope. Shown apart whether included or not.
   */
  public List<Territory> partialTerritories(UnitTree tree) {
    return partial.stream().map(p -> of(p, scope, Basis.NOW, false, tree)).toList();
  }

  /** True when one of the pooled units was valid on a day of the range. */
  public boolean validWithin(LocalDate from, LocalDate to) {
    return roots.stream().anyMatch(root -> overlaps(root, from, to));
  }

  /** Codes of the pooled units other than the unit itself that were valid within the range. */
  public List<String> derivedFrom(LocalDate from, LocalDate to) {
    return roots.stream()
        .filter(root -> root != unit && overlaps(root, from, to))
        .map(Unit::code)
        .toList();
  }

  /**
   * The days after {@code from} and up to {@code to} on which one of the pooled units began, or the
   * day after one ended: where a series of this territory crosses a reorganisation.
   */
  public List<LocalDate> reorganisations(LocalDate from, LocalDate to) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (Unit root : roots) {
      if (root.validFrom() != null) {
        days.add(root.validFrom());
      }
      if (root.validTo() != null) {
        days.add(root.validTo().plusDays(1));
      }
    }
    return days.stream().filter(day -> day.isAfter(from) && !day.isAfter(to)).toList();
  }

  static boolean overlaps(Unit unit, LocalDate from, LocalDate to) {
    return (unit.validFrom() == null || !unit.validFrom().isAfter(to))
        && (unit.validTo() == null || !unit.validTo().isBefore(from));
  }
}
