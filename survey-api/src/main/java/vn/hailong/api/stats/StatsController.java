package vn.hailong.api.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jfree.chart.JFreeChart;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.PercentFormat;
import vn.hailong.analysis.VietnamDates;
import vn.hailong.analysis.chart.ChartImages;
import vn.hailong.analysis.chart.FunnelChart;
import vn.hailong.api.account.Scope;
import vn.hailong.api.analysis.AnalysisQuery;
import vn.hailong.api.analysis.AnalysisRequests;
import vn.hailong.api.analysis.AnalysisRequests.AnalysisRequest;
import vn.hailong.api.analysis.AnalysisRequests.DefaultRange;
import vn.hailong.api.chart.ChartSettings;
import vn.hailong.api.problem.Enums;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.support.WorkGate;

/**
 * Beyond the league table (contract v1, docs/method.md): the sample-size planner, the funnel plot
 * (JSON, PNG, SVG), the channel comparison and the control-chart alerts.
 */
@Controller("/api/v1/stats")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class StatsController {
  private static final MediaType SVG = MediaType.of("image/svg+xml");

  private final AnalysisRequests requests;
  private final StatsService stats;
  private final ChannelService channels;
  private final AlertService alerts;
  private final WorkGate renderers;

  StatsController(
      AnalysisRequests requests,
      StatsService stats,
      ChannelService channels,
      AlertService alerts,
      ChartSettings charts) {
    this.requests = requests;
    this.stats = stats;
    this.channels = channels;
    this.alerts = alerts;
    this.renderers =
        new WorkGate("vẽ biểu đồ / drawing charts", charts.concurrency(), charts.maxWait());
  }

  @Get("/planner")
  public PlannerReport planner(@RequestBean AnalysisQuery query, Authentication who) {
    return stats.planner(requests.resolve(query, Scope.of(who), DefaultRange.THIS_QUARTER));
  }

  @Get("/funnel")
  public FunnelReport funnel(
      @RequestBean AnalysisQuery query,
      @QueryValue @Nullable String criterion,
      @QueryValue @Nullable String centre,
      @QueryValue @Nullable String dispersion,
      Authentication who) {
    return funnelReport(query, criterion, centre, dispersion, who);
  }

  @Get("/charts/{file}")
  public HttpResponse<byte[]> funnelChart(
      String file,
      @RequestBean AnalysisQuery query,
      @QueryValue @Nullable String criterion,
      @QueryValue @Nullable String centre,
      @QueryValue @Nullable String dispersion,
      @QueryValue(defaultValue = "1000") int width,
      @QueryValue(defaultValue = "600") int height,
      Authentication who) {
    if (!file.equals("funnel.png") && !file.equals("funnel.svg")) {
      throw Problem.notFound(
          "Biểu đồ: funnel.png hoặc funnel.svg / charts are funnel.png or funnel.svg");
    }
    FieldProblems problems = new FieldProblems();
    for (var size :
        List.of(java.util.Map.entry("width", width), java.util.Map.entry("height", height))) {
      if (size.getValue() < ChartImages.MIN_SIZE || size.getValue() > ChartImages.MAX_SIZE) {
        problems.add(
            FieldProblem.outOfRange(
                size.getKey(), size.getValue(), ChartImages.MIN_SIZE, ChartImages.MAX_SIZE));
      }
    }
    problems.throwIfAny();
    FunnelReport report = funnelReport(query, criterion, centre, dispersion, who);
    String centreLabel =
        (report.centre().equals("target") ? "Mục tiêu " : report.unitName() + " ")
            + PercentFormat.vi(report.centrePercent());
    JFreeChart chart =
        FunnelChart.create(
            report.criterionNameVi() + " · " + VietnamDates.range(report.from(), report.to()),
            StatsService.judged(report),
            report.centrePercent(),
            centreLabel,
            report.phi());
    if (file.endsWith(".png")) {
      byte[] png = renderers.run(() -> ChartImages.png(chart, width, height));
      return HttpResponse.ok(png).contentType(MediaType.IMAGE_PNG_TYPE);
    }
    String svg = renderers.run(() -> ChartImages.svg(chart, width, height));
    return HttpResponse.ok(svg.getBytes(StandardCharsets.UTF_8)).contentType(SVG);
  }

  private FunnelReport funnelReport(
      AnalysisQuery query,
      @Nullable String criterion,
      @Nullable String centre,
      @Nullable String dispersion,
      Authentication who) {
    AnalysisRequest request = requests.resolve(query, Scope.of(who), DefaultRange.THIS_QUARTER);
    FieldProblems problems = new FieldProblems();
    Criterion c = Enums.parse(Criterion.class, "criterion", criterion, Criterion.ACCESS, problems);
    StatsService.Centre around =
        Enums.parse(
            StatsService.Centre.class, "centre", centre, StatsService.Centre.PARENT, problems);
    if (dispersion != null && !dispersion.equals("true") && !dispersion.equals("false")) {
      problems.add(FieldProblem.notOneOf("dispersion", dispersion, List.of("true", "false")));
    }
    problems.throwIfAny();
    return stats.funnel(request, c, around, "true".equals(dispersion));
  }

  @Get("/channels")
  public ChannelReport channels(@RequestBean AnalysisQuery query, Authentication who) {
    return channels.channels(requests.resolve(query, Scope.of(who), DefaultRange.THIS_QUARTER));
  }

  @Get("/alerts")
  public AlertReport alerts(
      @RequestBean AnalysisQuery query, @QueryValue @Nullable String state, Authentication who) {
    AnalysisRequest request = requests.resolve(query, Scope.of(who), DefaultRange.THIS_QUARTER);
    String s = state == null ? "open" : state;
    if (!List.of("open", "closed", "all").contains(s)) {
      throw Problem.invalid(FieldProblem.notOneOf("state", s, List.of("open", "closed", "all")));
    }
    return alerts.list(request.unit(), s);
  }

  @Post("/alerts/close")
  public AlertReport.Alert close(@Body AlertReport.Close body, Authentication who) {
    return alerts.close(body, Scope.of(who), who.getName());
  }
}
