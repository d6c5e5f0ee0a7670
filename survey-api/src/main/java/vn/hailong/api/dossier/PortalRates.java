package vn.hailong.api.dossier;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.hailong.analysis.DossierRate;
import vn.hailong.analysis.Period;
import vn.hailong.api.feedback.FeedbackSummaries;
import vn.hailong.api.response.ReceiptRatings;

/**
 * The 766-style rate of each unit with dossier figures in a period (docs/method.md §15): the
 * dossiers resolved, less those whose receipt was rated unsatisfied, those complained about (by
 * receipt number, not already unsatisfied) and the late ones.
 */
@Singleton
class PortalRates {
  private final ReceiptRatings ratings;
  private final FeedbackSummaries complaints;

  PortalRates(ReceiptRatings ratings, FeedbackSummaries complaints) {
    this.ratings = ratings;
    this.complaints = complaints;
  }

  Map<Long, DossierReport.PortalRate> of(Map<Long, DossierFigures> figures, Period period) {
    Collection<Long> ids = figures.keySet();
    Map<Long, ReceiptRatings.Rated> rated = ratings.of(ids, period.start(), period.end());
    Map<Long, Set<String>> complained =
        complaints.receiptsComplainedAbout(ids, period.start(), period.end());
    Map<Long, DossierReport.PortalRate> rates = new HashMap<>();
    figures.forEach(
        (unit, f) -> {
          ReceiptRatings.Rated r = rated.getOrDefault(unit, ReceiptRatings.Rated.NONE);
          // each dossier subtracted once: a complaint about a dossier rated unsatisfied is not new
          Set<String> alsoComplained = new HashSet<>(complained.getOrDefault(unit, Set.of()));
          alsoComplained.removeAll(r.unsatisfied());
          long unsatisfied = r.unsatisfied().size();
          long subtracted = unsatisfied + alsoComplained.size() + f.late();
          Double percent =
              f.resolved() == 0 || subtracted > f.resolved()
                  ? null
                  : new DossierRate(f.resolved(), unsatisfied, alsoComplained.size(), f.late())
                      .percent();
          rates.put(
              unit,
              new DossierReport.PortalRate(
                  f.resolved(), r.rated(), unsatisfied, alsoComplained.size(), f.late(), percent));
        });
    return rates;
  }
}
