package vn.hailong.api.report;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.io.ByteArrayOutputStream;
import vn.hailong.api.account.Scope;
import vn.hailong.api.analysis.AnalysisQuery;
import vn.hailong.api.analysis.AnalysisRequests;
import vn.hailong.api.analysis.AnalysisRequests.AnalysisRequest;
import vn.hailong.api.analysis.AnalysisRequests.DefaultRange;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.support.WorkGate;

/**
 * Office-ready files of the analysis: {@code /api/v1/reports/satisfaction.{csv|xlsx|pdf}} with the
 * analysis endpoints' query and scope rules. Built on the blocking pool, a few at a time (503 busy
 * beyond), never on the event loop; docs/reports.md says what each holds.
 */
@Controller("/api/v1/reports")
@Secured(io.micronaut.security.rules.SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReportController {
  private final AnalysisRequests requests;
  private final ReportService reports;
  private final WorkGate builders;

  ReportController(AnalysisRequests requests, ReportService reports, ReportSettings settings) {
    this.requests = requests;
    this.reports = reports;
    this.builders =
        new WorkGate("lập báo cáo / building reports", settings.concurrency(), settings.maxWait());
  }

  @Get("/{file}")
  public HttpResponse<byte[]> report(
      String file, @RequestBean AnalysisQuery query, Authentication who) {
    ReportFormat format =
        file.startsWith("satisfaction.")
            ? ReportFormat.ofExtension(file.substring("satisfaction.".length())).orElse(null)
            : null;
    if (format == null) {
      throw Problem.notFound(
          "Báo cáo: satisfaction.csv, satisfaction.xlsx hoặc satisfaction.pdf"
              + " / reports are satisfaction.csv, .xlsx or .pdf");
    }
    AnalysisRequest request = requests.resolve(query, Scope.of(who), DefaultRange.THIS_QUARTER);
    byte[] body = builders.run(() -> build(request, format));
    String name = ReportName.of(request.unit().code(), request.from(), request.to(), format);
    return HttpResponse.ok(body)
        .contentType(format.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        // figures of one unit for one account: no shared cache keeps them
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
  }

  private byte[] build(AnalysisRequest request, ReportFormat format) {
    ReportContents contents = reports.contents(request);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    switch (format) {
      case CSV -> CsvReport.write(contents, out);
      case XLSX -> XlsxReport.write(contents, out);
      case PDF -> PdfReport.write(contents, out);
    }
    return out.toByteArray();
  }
}
