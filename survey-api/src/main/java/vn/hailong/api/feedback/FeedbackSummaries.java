package vn.hailong.api.feedback;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

/**
 * Counts per unit and period for the dashboard and the reports. The caller has checked the scope
 * (the endpoint, or the report's request).
 */
@Singleton
public class FeedbackSummaries {
  private final FeedbackStore store;
  private final UnitDirectory units;
  private final Clock clock;

  FeedbackSummaries(FeedbackStore store, UnitDirectory units, Clock clock) {
    this.store = store;
    this.units = units;
    this.clock = clock;
  }

  /**
   * The receipt numbers (dossiers) complained about per unit, received from..to: for the 766-style
   * rate. A complaint without a receipt number names no dossier and is not counted there.
   */
  public Map<Long, Set<String>> receiptsComplainedAbout(
      Collection<Long> unitIds, LocalDate from, LocalDate to) {
    Map<Long, Set<String>> receipts = new HashMap<>();
    for (Feedback f : store.list(unitIds, from, to, Integer.MAX_VALUE)) {
      if (f.receiptCode() != null) {
        receipts.computeIfAbsent(f.unitId(), u -> new HashSet<>()).add(f.receiptCode());
      }
    }
    return receipts;
  }

  /** The complaints of {@code top}'s subtree received from..to (inclusive local dates). */
  public FeedbackFigures of(Unit top, LocalDate from, LocalDate to) {
    LocalDate today = VietnamTime.localDate(clock.instant());
    List<Long> ids = units.tree().subtree(top).stream().map(Unit::id).toList();
    long received = 0;
    long onTime = 0;
    long late = 0;
    long overdue = 0;
    long pending = 0;
    long published = 0;
    for (Feedback f : store.list(ids, from, to, Integer.MAX_VALUE)) {
      received++;
      if (f.answeredOn() != null) {
        if (Boolean.TRUE.equals(f.answeredOnTime())) {
          onTime++;
        } else {
          late++;
        }
      } else if (f.overdue(today)) {
        overdue++;
      } else {
        pending++;
      }
      if (f.publishedAt() != null) {
        published++;
      }
    }
    return new FeedbackFigures(
        top.code(),
        top.name(),
        from,
        to,
        today,
        received,
        onTime + late,
        onTime,
        late,
        overdue,
        pending,
        published);
  }
}
