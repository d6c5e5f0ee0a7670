package vn.hailong.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the effective target of a unit, criterion and year: the most specific target of the latest
 * year that has one wins.
 *
 * <p>Given the unit's ancestry {@code [unit, parent, ..., root]} (the province is a unit too, at
 * the root), the first target found in this order applies:
 *
 * <ol>
 *   <li>(unit, criterion, year), then (unit, all criteria, year);
 *   <li>the same two for the parent, then its parent, up to the root: the nearest ancestor wins,
 *       and at each ancestor a criterion-specific target beats an all-criteria one;
 *   <li>province-wide ({@code unitId = null}) for the year: criterion-specific, then all criteria;
 *   <li>the same search in the latest earlier year that has a target applying to the unit: a plan
 *       holds until a planner sets a new one ("95% by 2025" still holds in 2026);
 *   <li>{@link #DEFAULT_PERCENT} (85.0).
 * </ol>
 *
 * So a district's target applies to every commune under it that has none of its own, and any target
 * set for a year (even the province's) beats every target of earlier years. Targets of later years
 * are never used. With {@code criterion = null} (the index's target) only all-criteria targets are
 * considered.
 */
public final class TargetRule {
  /** The target when none is set: 85.0 %. */
  public static final double DEFAULT_PERCENT = 85.0;

  /** Where an effective target comes from, as a planner would say it. */
  public enum Source {
    /** The unit's own target for this criterion. */
    OWN_CRITERION,
    /** The unit's own target for all criteria. */
    OWN,
    /** A target of an ancestor (district, the province unit): {@link Resolution#target()}. */
    ANCESTOR,
    /** A province-wide target (no unit). */
    PROVINCE_WIDE,
    /** No target is set for this year or any earlier one: {@link #DEFAULT_PERCENT}. */
    DEFAULT
  }

  /**
   * An effective target and where it comes from.
   *
   * @param percent the target in percent
   * @param source which kind of target applied
   * @param target the target that applied; {@code null} for {@link Source#DEFAULT}
   * @param year the year that was asked for
   */
  public record Resolution(double percent, Source source, Target target, int year) {
    /** True when the target was set for an earlier year and carried over to this one. */
    public boolean fromEarlierYear() {
      return target != null && target.year() < year;
    }
  }

  private record Key(Long unitId, int year, Criterion criterion) {}

  private final Map<Key, Target> targets = new HashMap<>();
  private final TreeSet<Integer> years = new TreeSet<>();

  /**
   * A rule over the given targets (of every year that may be carried over: the asked year and all
   * earlier ones).
   *
   * @throws IllegalArgumentException when two targets share unit, year and criterion
   */
  public TargetRule(Collection<Target> targets) {
    for (Target t : targets) {
      Target previous = this.targets.put(key(t), t);
      if (previous != null) {
        throw new IllegalArgumentException(
            "Two targets for the same unit, year and criterion: " + previous + " and " + t);
      }
      years.add(t.year());
    }
  }

  private static Key key(Target t) {
    return new Key(t.unitId(), t.year(), t.criterion());
  }

  /**
   * This rule with one target set (replacing the one of the same unit, year and criterion): what
   * the targets would be if a planner saved it.
   */
  public TargetRule with(Target target) {
    Map<Key, Target> copy = new HashMap<>(targets);
    copy.put(key(target), target);
    return new TargetRule(copy.values());
  }

  /**
   * The effective target in percent.
   *
   * @param unitAndAncestors the unit's id followed by its ancestors' ids up to the root
   * @param criterion the criterion, or {@code null} for the index
   * @param year the calendar year
   */
  public double resolve(List<Long> unitAndAncestors, Criterion criterion, int year) {
    return explain(unitAndAncestors, criterion, year).percent();
  }

  /**
   * The target that applies, if one is set for the year or an earlier one; empty means {@link
   * #DEFAULT_PERCENT}.
   */
  public Optional<Target> find(List<Long> unitAndAncestors, Criterion criterion, int year) {
    return Optional.ofNullable(explain(unitAndAncestors, criterion, year).target());
  }

  /** The effective target with where it comes from ("chỉ tiêu của huyện", "chỉ tiêu năm 2025"). */
  public Resolution explain(List<Long> unitAndAncestors, Criterion criterion, int year) {
    if (unitAndAncestors == null
        || unitAndAncestors.isEmpty()
        || unitAndAncestors.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException(
          "The unit's ancestry must list unit ids, got " + unitAndAncestors);
    }
    List<Long> chain = new ArrayList<>(unitAndAncestors);
    chain.add(null); // province-wide comes last
    // the asked year first, then earlier years latest first
    for (Integer candidate : years.headSet(year, true).descendingSet()) {
      for (int i = 0; i < chain.size(); i++) {
        Long unitId = chain.get(i);
        Source source = unitId == null ? Source.PROVINCE_WIDE : Source.ANCESTOR;
        if (criterion != null) {
          Target specific = targets.get(new Key(unitId, candidate, criterion));
          if (specific != null) {
            return new Resolution(
                specific.percent(), i == 0 ? Source.OWN_CRITERION : source, specific, year);
          }
        }
        Target all = targets.get(new Key(unitId, candidate, null));
        if (all != null) {
          return new Resolution(all.percent(), i == 0 ? Source.OWN : source, all, year);
        }
      }
    }
    return new Resolution(DEFAULT_PERCENT, Source.DEFAULT, null, year);
  }

  @Override
  public String toString() {
    return "TargetRule" + Objects.toString(targets.values());
  }
}
