package vn.hailong.api.report;

import java.time.LocalDate;
import java.util.List;
import vn.hailong.analysis.CriterionAssessment;
import vn.hailong.api.analysis.AnalysisRequests.AnalysisRequest;
import vn.hailong.api.analysis.GapReport;
import vn.hailong.api.analysis.RankingReport;
import vn.hailong.api.analysis.SatisfactionReport;
import vn.hailong.api.analysis.TrendReport;
import vn.hailong.api.analysis.UnitAssessments;
import vn.hailong.api.feedback.FeedbackFigures;

/**
 * Everything one report shows, read once from the analysis service: the unit's satisfaction (the
 * same figures as {@code /api/v1/analysis/satisfaction}), its assessments for the chart, the units
 * one level down criterion by criterion, the gaps, the ranking and the 24 months up to the end; the
 * complaints received in the period (figures only); the day each improvement task was done in the
 * trend's range (its ✓ marks).
 */
public record ReportContents(
    AnalysisRequest request,
    SatisfactionReport satisfaction,
    List<CriterionAssessment> assessments,
    List<UnitAssessments> below,
    GapReport gaps,
    RankingReport ranking,
    TrendReport trend,
    int minAnswers,
    FeedbackFigures feedback,
    List<LocalDate> tasksDone) {

  /** The period as in file names: {@code 2026-Q3} or {@code 2026-07-01_2026-08-15}. */
  public String periodLabel() {
    return ReportName.periodLabel(request.from(), request.to());
  }

  /** The period in words: {@code 01/07/2026 – 30/09/2026 (2026-Q3)}. */
  public String periodText() {
    String range = ReportText.date(request.from()) + " – " + ReportText.date(request.to());
    String label = periodLabel();
    return label.contains("_") ? range : range + " (" + label + ")";
  }
}
