package vn.hailong.api.dossier;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.analysis.Period;

/**
 * One unit's dossiers in one period, as the provincial report tables them (seed 004). The parts of
 * "received" (carried over, online, direct or postal) and of "pending" (in time, overdue) are null
 * where the source gives only the total.
 */
record DossierFigures(
    long unitId,
    Period period,
    int received,
    @Nullable Integer carriedOver,
    @Nullable Integer online,
    @Nullable Integer direct,
    int resolved,
    int early,
    int onTime,
    int late,
    int pending,
    @Nullable Integer pendingInTime,
    @Nullable Integer pendingOverdue) {

  /** Early or on time, of those resolved, in percent; NaN when none was resolved. */
  double onTimePercent() {
    return resolved == 0 ? Double.NaN : 100.0 * (early + onTime) / resolved;
  }
}
