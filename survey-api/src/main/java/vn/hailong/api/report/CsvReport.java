package vn.hailong.api.report;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.hailong.analysis.CriterionAssessment;
import vn.hailong.analysis.SatisfactionIndex;
import vn.hailong.analysis.Status;
import vn.hailong.api.analysis.SatisfactionReport;
import vn.hailong.api.analysis.SatisfactionReport.CriterionResult;
import vn.hailong.api.analysis.UnitAssessments;

/**
 * The report as a table for machines and spreadsheets: UTF-8 with a byte order mark (so that Excel
 * reads Vietnamese), one row per unit and criterion plus an {@code INDEX} row per unit, the unit
 * itself first, then the units one level down. Numbers at full precision with a decimal point; each
 * header cell is the Vietnamese name and a stable key: {@code Tỷ lệ hài lòng (%) / percent}.
 */
final class CsvReport {
  static final char BOM = '\uFEFF';
  static final List<String> HEADER =
      List.of(
          "Phần / part",
          "Mã đơn vị / unit_code",
          "Đơn vị / unit_name",
          "Cấp / level",
          "Từ ngày / from",
          "Đến ngày / to",
          "Mã tiêu chí / criterion",
          "Tiêu chí / criterion_vi",
          "Criterion / criterion_en",
          "Người trả lời / respondents",
          "Số câu trả lời / answers",
          "Hài lòng / satisfied",
          "Không áp dụng / not_applicable",
          "Tỷ lệ hài lòng (%) / percent",
          "Cận dưới KTC 95% / ci_low",
          "Cận trên KTC 95% / ci_high",
          "Mục tiêu (%) / target",
          "Chênh lệch (điểm) / gap",
          "Mã đánh giá / status",
          "Đánh giá / status_vi");

  private CsvReport() {}

  static void write(ReportContents contents, OutputStream out) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      writer.write(BOM);
      CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
      csv.printRecord(HEADER);
      SatisfactionReport own = contents.satisfaction();
      String from = contents.request().from().toString();
      String to = contents.request().to().toString();
      String[] unit = {
        "unit", own.unit(), own.unitName(), contents.request().unit().level().name(), from, to
      };
      for (CriterionResult c : own.criteria()) {
        csv.printRecord(
            row(
                unit,
                c.criterion(),
                c.nameVi(),
                c.nameEn(),
                own.respondents(),
                c.answers(),
                c.satisfied(),
                c.notApplicable(),
                c.percent(),
                c.ciLow(),
                c.ciHigh(),
                c.target(),
                c.gap(),
                c.status()));
      }
      csv.printRecord(indexRow(unit, own.respondents(), own.index(), own.indexTarget()));
      for (UnitAssessments below : contents.below()) {
        String[] part = {
          "below", below.unit().code(), below.unit().name(), below.unit().level().name(), from, to
        };
        for (CriterionAssessment a : below.criteria()) {
          csv.printRecord(
              row(
                  part,
                  a.criterion().name(),
                  a.criterion().nameVi(),
                  a.criterion().nameEn(),
                  below.respondents(),
                  a.answers(),
                  a.satisfied(),
                  a.tally().notApplicable(),
                  orNull(a.percent()),
                  orNull(a.ciLow()),
                  orNull(a.ciHigh()),
                  a.target(),
                  orNull(a.gap()),
                  a.status()));
        }
        double index = SatisfactionIndex.ofAssessments(below.criteria()).orElse(Double.NaN);
        csv.printRecord(
            indexRow(
                part,
                below.respondents(),
                orNull(index),
                below.criteria().isEmpty() ? Double.NaN : indexTarget(contents, below)));
      }
      // the complaints of the unit's subtree received in the period: the count in "answers"
      String[] feedback = unit.clone();
      feedback[0] = "feedback";
      for (ReportText.FeedbackFigure f : ReportText.feedback(contents.feedback())) {
        List<String> cells = new ArrayList<>(List.of(feedback));
        cells.addAll(
            List.of(
                "FEEDBACK." + f.key(),
                ReportText.FEEDBACK_TABLE + ": " + f.vi(),
                "Complaints: " + f.en(),
                "",
                Long.toString(f.value()),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                ""));
        csv.printRecord(cells);
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the CSV report", e);
    }
  }

  /** The ranking holds each unit's index target; the units below are the ranking's units. */
  private static double indexTarget(ReportContents contents, UnitAssessments below) {
    return contents.ranking().units().stream()
        .filter(e -> e.unitCode().equals(below.unit().code()))
        .mapToDouble(e -> e.target())
        .findFirst()
        .orElse(Double.NaN);
  }

  private static List<String> row(
      String[] unit,
      String criterion,
      String nameVi,
      String nameEn,
      long respondents,
      long answers,
      long satisfied,
      long notApplicable,
      @Nullable Double percent,
      @Nullable Double ciLow,
      @Nullable Double ciHigh,
      double target,
      @Nullable Double gap,
      Status status) {
    List<String> cells = new ArrayList<>(List.of(unit));
    cells.addAll(
        List.of(
            criterion,
            nameVi,
            nameEn,
            Long.toString(respondents),
            Long.toString(answers),
            Long.toString(satisfied),
            Long.toString(notApplicable),
            number(percent),
            number(ciLow),
            number(ciHigh),
            number(target),
            number(gap),
            status.name(),
            ReportText.status(status)));
    return cells;
  }

  private static List<String> indexRow(
      String[] unit, long respondents, @Nullable Double index, double target) {
    List<String> cells = new ArrayList<>(List.of(unit));
    cells.addAll(
        List.of(
            "INDEX",
            ReportText.INDEX,
            "Satisfaction index",
            Long.toString(respondents),
            "",
            "",
            "",
            number(index),
            "",
            "",
            number(Double.isNaN(target) ? null : target),
            index == null || Double.isNaN(target) ? "" : number(index - target),
            "",
            ""));
    return cells;
  }

  /** Full precision, never exponent notation: what {@link Double#toString} shows, as plain. */
  static String number(@Nullable Double value) {
    return value == null || value.isNaN() ? "" : BigDecimal.valueOf(value).toPlainString();
  }

  private static Double orNull(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
