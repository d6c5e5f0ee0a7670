package vn.hailong.api.stats;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.hailong.api.support.UnitDays;

/**
 * The complaints an alert lists beside the week's comments. The seam for the complaints feature
 * (branch {@code feedback}): its bean implementing this interface replaces {@link None}, which
 * lists none.
 */
public interface AlertComplaints {
  /**
   * Short texts of the complaints about each unit received on its days, newest first, at most
   * {@code limit} each, read at once for a whole alert list.
   */
  Map<UnitDays, List<String>> of(Collection<UnitDays> weeks, int limit);

  /** No complaints feature yet: nothing to list. */
  @Singleton
  @Secondary
  class None implements AlertComplaints {
    @Override
    public Map<UnitDays, List<String>> of(Collection<UnitDays> weeks, int limit) {
      return new UnitDays.Collector<String>(weeks, limit).lists();
    }
  }
}
