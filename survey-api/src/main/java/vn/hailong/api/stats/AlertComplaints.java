package vn.hailong.api.stats;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/**
 * The complaints an alert lists beside the week's comments. The seam for the complaints feature
 * (branch {@code feedback}): its bean implementing this interface replaces {@link None}, which
 * lists none.
 */
public interface AlertComplaints {
  /** Short texts of the complaints about a unit received from..to (local days), newest first. */
  List<String> of(long unitId, LocalDate from, LocalDate to, int limit);

  /** No complaints feature yet: nothing to list. */
  @Singleton
  @Secondary
  class None implements AlertComplaints {
    @Override
    public List<String> of(long unitId, LocalDate from, LocalDate to, int limit) {
      return List.of();
    }
  }
}
