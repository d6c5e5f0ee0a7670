package vn.hailong.api.feedback;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import vn.hailong.api.stats.AlertComplaints;

/**
 * The complaints an alert lists beside the week's comments: what citizens wrote, never how to reach
 * them (the alert is read by every officer of the subtree, not only those who handle it).
 */
@Singleton
class FeedbackOnAlerts implements AlertComplaints {
  private final FeedbackStore store;

  FeedbackOnAlerts(FeedbackStore store) {
    this.store = store;
  }

  @Override
  public List<String> of(long unitId, LocalDate from, LocalDate to, int limit) {
    return store.list(List.of(unitId), from, to, limit).stream().map(Feedback::question).toList();
  }
}
