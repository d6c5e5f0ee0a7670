package vn.hailong.api.report;

import jakarta.inject.Singleton;
import vn.hailong.analysis.Granularity;
import vn.hailong.analysis.Period;
import vn.hailong.api.analysis.AnalysisRequests.AnalysisRequest;
import vn.hailong.api.analysis.AnalysisSettings;
import vn.hailong.api.analysis.SatisfactionService;
import vn.hailong.api.feedback.FeedbackSummaries;
import vn.hailong.api.plan.Plans;

/**
 * Reads what a report shows from the analysis service and the complaints' figures; the report
 * package has no SQL.
 */
@Singleton
public class ReportService {
  private static final int TREND_MONTHS = 24;

  private final SatisfactionService analysis;
  private final FeedbackSummaries feedback;
  private final Plans plans;
  private final int minAnswers;

  ReportService(
      SatisfactionService analysis,
      FeedbackSummaries feedback,
      Plans plans,
      AnalysisSettings settings) {
    this.analysis = analysis;
    this.feedback = feedback;
    this.plans = plans;
    this.minAnswers = settings.minAnswers();
  }

  public ReportContents contents(AnalysisRequest request) {
    // the trend: the 24 months up to the report's end, as the dashboard's trend page by month
    AnalysisRequest months =
        new AnalysisRequest(
            request.unit(),
            Period.containing(Granularity.MONTH, request.to().minusMonths(TREND_MONTHS - 1))
                .start(),
            request.to(),
            request.territory(),
            request.basis(),
            Granularity.MONTH,
            request.level());
    return new ReportContents(
        request,
        analysis.satisfaction(request),
        analysis.assessments(request),
        analysis.assessmentsBelow(request),
        analysis.gaps(request),
        analysis.ranking(request),
        analysis.trend(months),
        minAnswers,
        feedback.of(request.unit(), request.from(), request.to()),
        plans.doneDates(request.unit(), months.from(), months.to()));
  }
}
