package vn.hailong.api.chart;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import vn.hailong.analysis.VietnamDates;
import vn.hailong.analysis.chart.ChartImages;
import vn.hailong.analysis.chart.CriteriaChart;
import vn.hailong.api.account.Scope;
import vn.hailong.api.analysis.AnalysisQuery;
import vn.hailong.api.analysis.AnalysisRequests;
import vn.hailong.api.analysis.AnalysisRequests.AnalysisRequest;
import vn.hailong.api.analysis.AnalysisRequests.DefaultRange;
import vn.hailong.api.analysis.SatisfactionService;
import vn.hailong.api.plan.Plans;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.support.WorkGate;

/** The analysis queries drawn: {@code /api/v1/charts/{trend|criteria|ranking}.{png|svg}}. */
@Controller("/api/v1/charts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChartController {
  private static final MediaType SVG = MediaType.of("image/svg+xml");

  private final AnalysisRequests requests;
  private final SatisfactionService service;
  private final Plans plans;
  private final WorkGate renderers;

  ChartController(
      AnalysisRequests requests, SatisfactionService service, Plans plans, ChartSettings settings) {
    this.requests = requests;
    this.service = service;
    this.plans = plans;
    this.renderers =
        new WorkGate("vẽ biểu đồ / drawing charts", settings.concurrency(), settings.maxWait());
  }

  @Get("/{file}")
  public HttpResponse<byte[]> chart(
      String file,
      @RequestBean AnalysisQuery query,
      @QueryValue(defaultValue = "1000") int width,
      @QueryValue(defaultValue = "600") int height,
      Authentication who) {
    String[] name = file.split("\\.", 2);
    if (name.length != 2
        || !List.of("trend", "criteria", "ranking").contains(name[0])
        || !List.of("png", "svg").contains(name[1])) {
      throw Problem.notFound(
          "Biểu đồ: trend, criteria hoặc ranking, dạng .png hoặc .svg"
              + " / charts are trend, criteria or ranking as .png or .svg");
    }
    FieldProblems problems = new FieldProblems();
    for (var size : List.of(Map.entry("width", width), Map.entry("height", height))) {
      if (size.getValue() < ChartImages.MIN_SIZE || size.getValue() > ChartImages.MAX_SIZE) {
        problems.add(
            FieldProblem.outOfRange(
                size.getKey(), size.getValue(), ChartImages.MIN_SIZE, ChartImages.MAX_SIZE));
      }
    }
    if (problems.isEmpty() && !ChartImages.acceptable(width, height)) {
      for (String field : List.of("width", "height")) {
        problems.add(
            new FieldProblem(
                field,
                "too-many-pixels",
                "chiều rộng × chiều cao tối đa 4.000.000 điểm ảnh, nhận " + width + "×" + height,
                "width × height at most 4,000,000 pixels, got " + width + "×" + height));
      }
    }
    problems.throwIfAny();
    boolean trend = name[0].equals("trend");
    AnalysisRequest request =
        requests.resolve(
            query, Scope.of(who), trend ? DefaultRange.LAST_24_MONTHS : DefaultRange.THIS_QUARTER);
    JFreeChart chart =
        switch (name[0]) {
          case "trend" ->
              AnalysisCharts.trend(
                  service.trend(request),
                  plans.doneDates(request.unit(), request.from(), request.to()));
          case "criteria" ->
              CriteriaChart.create(
                  request.unit().name() + " · " + VietnamDates.range(request.from(), request.to()),
                  service.assessments(request));
          default ->
              AnalysisCharts.ranking(
                  service.ranking(request),
                  request.unit().name(),
                  service.indexTarget(request.unit(), request.to().getYear()));
        };
    if (name[1].equals("png")) {
      byte[] png = renderers.run(() -> ChartImages.png(chart, width, height));
      return HttpResponse.ok(png).contentType(MediaType.IMAGE_PNG_TYPE);
    }
    String svg = renderers.run(() -> ChartImages.svg(chart, width, height));
    return HttpResponse.ok(svg.getBytes(StandardCharsets.UTF_8)).contentType(SVG);
  }
}
