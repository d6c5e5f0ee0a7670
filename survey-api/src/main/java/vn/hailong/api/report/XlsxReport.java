package vn.hailong.api.report;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.hailong.analysis.Criterion;
import vn.hailong.api.analysis.GapReport;
import vn.hailong.api.analysis.RankingReport;
import vn.hailong.api.analysis.SatisfactionReport;
import vn.hailong.api.analysis.SatisfactionReport.CriterionResult;

/**
 * The report as a workbook, one sheet per table (criteria, gaps, comparison): the unit and period
 * in the title rows, a frozen header, set column widths and real numbers. Percentages are stored as
 * fractions (0.8406) with a percent format, so Excel computes with them and shows them in the
 * reader's locale: 84,06% in Vietnamese. Written by POI's streaming workbook (SXSSF), which keeps
 * only a window of rows in memory whatever the size of the province.
 */
final class XlsxReport {
  private static final int HEADER_ROW = 2;

  private final SXSSFWorkbook workbook;
  private final CellStyle title;
  private final CellStyle header;
  private final CellStyle percent;
  private final CellStyle points;
  private final CellStyle count;

  private XlsxReport(SXSSFWorkbook workbook) {
    this.workbook = workbook;
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title = workbook.createCellStyle();
    title.setFont(big);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    percent = workbook.createCellStyle();
    percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
    points = workbook.createCellStyle();
    points.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    count = workbook.createCellStyle();
    count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
  }

  static void write(ReportContents contents, OutputStream out) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      XlsxReport report = new XlsxReport(workbook);
      report.criteria(contents);
      report.gaps(contents);
      report.comparison(contents);
      report.feedback(contents);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the XLSX report", e);
    }
  }

  private void criteria(ReportContents contents) {
    SatisfactionReport s = contents.satisfaction();
    Sheet sheet =
        sheet(
            contents,
            ReportText.CRITERIA_SHEET,
            List.of(
                ReportText.CRITERION,
                ReportText.PERCENT,
                ReportText.ANSWERS,
                ReportText.CI_LOW,
                ReportText.CI_HIGH,
                ReportText.TARGET,
                ReportText.GAP,
                ReportText.STATUS),
            List.of(40, 14, 14, 14, 14, 11, 14, 38));
    int r = HEADER_ROW + 1;
    for (CriterionResult c : s.criteria()) {
      Row row = sheet.createRow(r++);
      text(row, 0, c.nameVi());
      percent(row, 1, c.percent());
      count(row, 2, c.answers());
      percent(row, 3, c.ciLow());
      percent(row, 4, c.ciHigh());
      percent(row, 5, c.target());
      points(row, 6, c.gap());
      text(row, 7, ReportText.status(c.status()));
    }
    Row index = sheet.createRow(r);
    text(index, 0, ReportText.INDEX);
    percent(index, 1, s.index());
    percent(index, 5, s.indexTarget());
    points(index, 6, s.index() == null ? null : s.index() - s.indexTarget());
    text(index, 7, ReportText.RESPONDENTS + ": " + ReportText.count(s.respondents()));
  }

  private void gaps(ReportContents contents) {
    Sheet sheet =
        sheet(
            contents,
            ReportText.GAPS_TABLE,
            List.of(
                ReportText.UNIT,
                ReportText.UNIT_CODE,
                ReportText.CRITERION,
                ReportText.PERCENT,
                ReportText.ANSWERS,
                ReportText.CI_LOW,
                ReportText.CI_HIGH,
                ReportText.TARGET,
                ReportText.GAP,
                ReportText.STATUS),
            List.of(32, 36, 38, 14, 14, 14, 14, 11, 14, 38));
    int r = HEADER_ROW + 1;
    for (GapReport.Gap g : contents.gaps().gaps()) {
      Row row = sheet.createRow(r++);
      text(row, 0, g.unitName());
      text(row, 1, g.unitCode());
      text(row, 2, g.nameVi());
      percent(row, 3, g.percent());
      count(row, 4, g.answers());
      percent(row, 5, g.ciLow());
      percent(row, 6, g.ciHigh());
      percent(row, 7, g.target());
      points(row, 8, g.gap());
      text(row, 9, ReportText.status(g.status()));
    }
    if (contents.gaps().gaps().isEmpty()) {
      text(sheet.createRow(r), 0, ReportText.NO_GAPS);
    }
  }

  private void comparison(ReportContents contents) {
    List<String> headers =
        new java.util.ArrayList<>(
            List.of(
                ReportText.RANK,
                ReportText.UNIT,
                ReportText.UNIT_CODE,
                ReportText.RESPONDENTS,
                ReportText.INDEX,
                ReportText.TARGET));
    List<Integer> widths = new java.util.ArrayList<>(List.of(7, 32, 36, 14, 14, 11));
    for (Criterion criterion : Criterion.values()) {
      headers.add(criterion.nameVi());
      widths.add(20);
    }
    Sheet sheet = sheet(contents, ReportText.COMPARISON_SHEET, headers, widths);
    int r = HEADER_ROW + 1;
    for (RankingReport.Entry e : contents.ranking().units()) {
      Row row = sheet.createRow(r++);
      if (e.rank() != null) {
        count(row, 0, e.rank());
      }
      text(row, 1, e.unitName());
      text(row, 2, e.unitCode());
      count(row, 3, e.respondents());
      percent(row, 4, e.index());
      percent(row, 5, e.target());
      int column = 6;
      for (Criterion criterion : Criterion.values()) {
        percent(row, column++, e.criteria().get(criterion.name()));
      }
    }
  }

  /** The complaints received in the period and how they were handled: figures only. */
  private void feedback(ReportContents contents) {
    Sheet sheet =
        sheet(
            contents,
            ReportText.FEEDBACK_TABLE,
            List.of(ReportText.FEEDBACK_TABLE, ReportText.FEEDBACK_COUNT),
            List.of(40, 14));
    int r = HEADER_ROW + 1;
    for (ReportText.FeedbackFigure f : ReportText.feedback(contents.feedback())) {
      Row row = sheet.createRow(r++);
      text(row, 0, f.vi());
      count(row, 1, f.value());
    }
    text(sheet.createRow(r + 1), 0, ReportText.feedbackAsOf(contents.feedback()));
  }

  /** A sheet with the title rows (unit, period), its header frozen and its column widths. */
  private Sheet sheet(
      ReportContents contents, String name, List<String> headers, List<Integer> widths) {
    Sheet sheet = workbook.createSheet(name);
    Cell heading = sheet.createRow(0).createCell(0);
    heading.setCellValue(
        ReportText.TITLE + ": " + contents.satisfaction().unitName() + " · " + name);
    heading.setCellStyle(title);
    text(sheet.createRow(1), 0, ReportText.PERIOD + ": " + contents.periodText());
    Row row = sheet.createRow(HEADER_ROW);
    for (int i = 0; i < headers.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(headers.get(i));
      cell.setCellStyle(header);
      sheet.setColumnWidth(i, widths.get(i) * 256);
    }
    sheet.createFreezePane(0, HEADER_ROW + 1);
    return sheet;
  }

  private static void text(Row row, int column, String value) {
    row.createCell(column).setCellValue(value);
  }

  /** A percentage of 0..100 as the fraction Excel's percent format expects; blank for no data. */
  private void percent(Row row, int column, @Nullable Double value) {
    if (value != null && !value.isNaN()) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value / 100);
      cell.setCellStyle(percent);
    }
  }

  private void points(Row row, int column, @Nullable Double value) {
    if (value != null && !value.isNaN()) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value);
      cell.setCellStyle(points);
    }
  }

  private void count(Row row, int column, long value) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(count);
  }
}
