package vn.hailong.api.target;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.Scope;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitLink;
import vn.hailong.api.unit.UnitTree;

/**
 * Copies an ended unit's targets of a year to its successors, only when a planner asks: a
 * reorganisation leaves targets with the unit they were set for (docs/units.md), because a merged
 * commune's plan is a new decision, not the sum of the old ones.
 */
@Singleton
public class TargetCarry {
  private final TargetRepository repository;
  private final UnitDirectory units;
  private final Clock clock;

  TargetCarry(TargetRepository repository, UnitDirectory units, Clock clock) {
    this.repository = repository;
    this.units = units;
    this.clock = clock;
  }

  @Serdeable
  public record CarryInput(@Nullable String fromUnitCode, @Nullable Integer year) {}

  /** A successor left as it was, and why: {@code own-targets} or {@code not-valid-that-year}. */
  @Serdeable
  public record Skipped(String unitCode, String unitName, String reason) {}

  @Serdeable
  public record Carried(
      String fromUnitCode, int year, List<Targets.TargetView> copied, List<Skipped> skipped) {}

  /**
   * The ended unit's targets of the year (per criterion and the overall one), copied to each direct
   * successor valid in that year that has no target of its own for it. Scope first (403 when the
   * ended unit or a successor it would write to is not the caller's), then every field in one 400;
   * nothing is written unless all is well.
   */
  @Transactional
  public Carried carry(CarryInput input, Scope scope) {
    UnitTree tree = units.tree();
    FieldProblems problems = new FieldProblems();
    Unit from = scope.find(tree, "fromUnitCode", input.fromUnitCode(), problems);
    Integer year = input.year();
    if (year == null) {
      problems.add(FieldProblem.required("year"));
    } else if (year < Targets.FIRST_YEAR || year > Targets.LAST_YEAR) {
      problems.add(FieldProblem.outOfRange("year", year, Targets.FIRST_YEAR, Targets.LAST_YEAR));
    }
    LocalDate today = VietnamTime.localDate(clock.instant());
    List<UnitLink> links = from == null ? List.of() : tree.successors(from);
    if (from != null && from.validOn(today)) {
      problems.add(
          new FieldProblem(
              "fromUnitCode",
              "still-valid",
              from.name() + " vẫn đang hoạt động",
              from.name() + " has not ended"));
    } else if (from != null && links.isEmpty()) {
      problems.add(
          new FieldProblem(
              "fromUnitCode",
              "no-successors",
              from.name() + " không có đơn vị kế tiếp",
              from.name() + " has no successor"));
    }
    List<TargetEntry> own =
        from == null || year == null
            ? List.of()
            : repository.findByYear(year).stream()
                .filter(t -> from.id().equals(t.unitId()))
                .toList();
    if (from != null && year != null && own.isEmpty() && problems.isEmpty()) {
      problems.add(
          new FieldProblem(
              "year",
              "no-targets",
              from.name() + " không có chỉ tiêu năm " + year,
              from.name() + " has no targets for " + year));
    }
    problems.throwIfAny();

    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    List<Targets.TargetView> copied = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<Unit> receiving = new ArrayList<>();
    for (UnitLink link : links) {
      Unit successor = tree.byId(link.successorId());
      boolean validThatYear =
          (successor.validFrom() == null || !successor.validFrom().isAfter(last))
              && (successor.validTo() == null || !successor.validTo().isBefore(first));
      boolean hasOwn =
          repository.findByYear(year).stream().anyMatch(t -> successor.id().equals(t.unitId()));
      if (!validThatYear) {
        skipped.add(new Skipped(successor.code(), successor.name(), "not-valid-that-year"));
      } else if (hasOwn) {
        skipped.add(new Skipped(successor.code(), successor.name(), "own-targets"));
      } else {
        // all successors checked before the first write: a 403 leaves nothing half copied
        scope.require(successor);
        receiving.add(successor);
      }
    }
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    for (Unit successor : receiving) {
      for (TargetEntry target : own) {
        TargetEntry saved =
            repository.save(
                new TargetEntry(
                    null,
                    TargetEntry.key(successor.id(), year, target.criterion()),
                    successor.id(),
                    year,
                    target.criterion(),
                    target.percent(),
                    now,
                    scope.username()));
        copied.add(
            new Targets.TargetView(
                successor.code(),
                saved.year(),
                saved.criterion(),
                saved.percent(),
                saved.updatedBy()));
      }
    }
    return new Carried(from.code(), year, copied, skipped);
  }
}
