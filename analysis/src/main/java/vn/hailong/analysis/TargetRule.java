package vn.hailong.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the effective target of a unit, criterion and year: the most specific target set wins.
 *
 * <p>Given the unit's ancestry {@code [unit, parent, ..., root]} (the province is a unit too, at
 * the root), the first target found in this order applies:
 *
 * <ol>
 *   <li>(unit, criterion, year), then (unit, all criteria, year);
 *   <li>the same two for the parent, then its parent, up to the root: the nearest ancestor wins,
 *       and at each ancestor a criterion-specific target beats an all-criteria one;
 *   <li>province-wide ({@code unitId = null}) for the year: criterion-specific, then all criteria;
 *   <li>{@link #DEFAULT_PERCENT} (85.0).
 * </ol>
 *
 * So a district's target applies to every commune under it that has none of its own. Targets of
 * other years are never used. With {@code criterion = null} (the index's target) only all-criteria
 * targets are considered.
 */
public final class TargetRule {
  /** The target when none is set: 85.0 %. */
  public static final double DEFAULT_PERCENT = 85.0;

  private record Key(Long unitId, int year, Criterion criterion) {}

  private final Map<Key, Target> targets = new HashMap<>();

  /**
   * A rule over the given targets.
   *
   * @throws IllegalArgumentException when two targets share unit, year and criterion
   */
  public TargetRule(Collection<Target> targets) {
    for (Target t : targets) {
      Target previous = this.targets.put(new Key(t.unitId(), t.year(), t.criterion()), t);
      if (previous != null) {
        throw new IllegalArgumentException(
            "Two targets for the same unit, year and criterion: " + previous + " and " + t);
      }
    }
  }

  /**
   * The effective target in percent.
   *
   * @param unitAndAncestors the unit's id followed by its ancestors' ids up to the root
   * @param criterion the criterion, or {@code null} for the index
   * @param year the calendar year
   */
  public double resolve(List<Long> unitAndAncestors, Criterion criterion, int year) {
    return find(unitAndAncestors, criterion, year).map(Target::percent).orElse(DEFAULT_PERCENT);
  }

  /**
   * The target that applies, if one is set; empty means {@link #DEFAULT_PERCENT}. Useful to show
   * where a target comes from ("chỉ tiêu của huyện").
   */
  public Optional<Target> find(List<Long> unitAndAncestors, Criterion criterion, int year) {
    if (unitAndAncestors == null || unitAndAncestors.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException(
          "The unit's ancestry must list unit ids, got " + unitAndAncestors);
    }
    List<Long> chain = new ArrayList<>(unitAndAncestors);
    chain.add(null); // province-wide comes last
    for (Long unitId : chain) {
      if (criterion != null) {
        Target specific = targets.get(new Key(unitId, year, criterion));
        if (specific != null) {
          return Optional.of(specific);
        }
      }
      Target all = targets.get(new Key(unitId, year, null));
      if (all != null) {
        return Optional.of(all);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "TargetRule" + Objects.toString(targets.values());
  }
}
