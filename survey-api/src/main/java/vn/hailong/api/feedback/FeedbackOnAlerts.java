package vn.hailong.api.feedback;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.hailong.api.stats.AlertComplaints;
import vn.hailong.api.support.UnitDays;

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
  public Map<UnitDays, List<String>> of(Collection<UnitDays> weeks, int limit) {
    UnitDays.Collector<String> questions = new UnitDays.Collector<>(weeks, limit);
    for (Feedback f : store.received(weeks)) {
      questions.add(f.unitId(), f.receivedOn(), f.question());
    }
    return questions.lists();
  }
}
