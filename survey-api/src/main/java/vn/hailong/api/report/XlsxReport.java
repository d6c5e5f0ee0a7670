package vn.hailong.api.report;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.Status;
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
    Written table =
        table(
            contents,
            ReportText.CRITERIA_SHEET,
            withFigures(
                List.of(textColumn(ReportText.CRITERION, 40, CriterionResult::nameVi)),
                c ->
                    new Figures(
                        c.percent(),
                        c.answers(),
                        c.ciLow(),
                        c.ciHigh(),
                        c.target(),
                        c.gap(),
                        c.status())),
            s.criteria());
    Row index = table.sheet().createRow(table.nextRow());
    text(index, 0, ReportText.INDEX);
    percent(index, 1, s.index());
    percent(index, 5, s.indexTarget());
    points(index, 6, s.index() == null ? null : s.index() - s.indexTarget());
    text(index, 7, ReportText.RESPONDENTS + ": " + ReportText.count(s.respondents()));
  }

  private void gaps(ReportContents contents) {
    Written table =
        table(
            contents,
            ReportText.GAPS_TABLE,
            withFigures(
                List.of(
                    textColumn(ReportText.UNIT, 32, GapReport.Gap::unitName),
                    textColumn(ReportText.UNIT_CODE, 36, GapReport.Gap::unitCode),
                    textColumn(ReportText.CRITERION, 38, GapReport.Gap::nameVi)),
                g ->
                    new Figures(
                        g.percent(),
                        g.answers(),
                        g.ciLow(),
                        g.ciHigh(),
                        g.target(),
                        g.gap(),
                        g.status())),
            contents.gaps().gaps());
    if (contents.gaps().gaps().isEmpty()) {
      text(table.sheet().createRow(table.nextRow()), 0, ReportText.NO_GAPS);
    }
  }

  private void comparison(ReportContents contents) {
    List<Column<RankingReport.Entry>> columns =
        new ArrayList<>(
            List.of(
                countColumn(ReportText.RANK, 7, RankingReport.Entry::rank),
                textColumn(ReportText.UNIT, 32, RankingReport.Entry::unitName),
                textColumn(ReportText.UNIT_CODE, 36, RankingReport.Entry::unitCode),
                countColumn(ReportText.RESPONDENTS, 14, RankingReport.Entry::respondents),
                percentColumn(ReportText.INDEX, 14, RankingReport.Entry::index),
                percentColumn(ReportText.TARGET, 11, RankingReport.Entry::target)));
    for (Criterion criterion : Criterion.values()) {
      columns.add(percentColumn(criterion.nameVi(), 20, e -> e.criteria().get(criterion.name())));
    }
    table(contents, ReportText.COMPARISON_SHEET, columns, contents.ranking().units());
  }

  /** The complaints received in the period and how they were handled: figures only. */
  private void feedback(ReportContents contents) {
    Written table =
        table(
            contents,
            ReportText.FEEDBACK_TABLE,
            List.of(
                textColumn(ReportText.FEEDBACK_TABLE, 40, ReportText.FeedbackFigure::vi),
                countColumn(ReportText.FEEDBACK_COUNT, 14, ReportText.FeedbackFigure::value)),
            ReportText.feedback(contents.feedback()));
    text(
        table.sheet().createRow(table.nextRow() + 1),
        0,
        ReportText.feedbackAsOf(contents.feedback()));
  }

  /** A criterion's figures, as the criteria and the gaps tables both show them. */
  private record Figures(
      @Nullable Double percent,
      long answers,
      @Nullable Double ciLow,
      @Nullable Double ciHigh,
      double target,
      @Nullable Double gap,
      Status status) {}

  /** The columns that say whose figures a row has, then the figures' columns. */
  private <T> List<Column<T>> withFigures(List<Column<T>> whose, Function<T, Figures> figures) {
    List<Column<T>> columns = new ArrayList<>(whose);
    columns.add(percentColumn(ReportText.PERCENT, 14, t -> figures.apply(t).percent()));
    columns.add(countColumn(ReportText.ANSWERS, 14, t -> figures.apply(t).answers()));
    columns.add(percentColumn(ReportText.CI_LOW, 14, t -> figures.apply(t).ciLow()));
    columns.add(percentColumn(ReportText.CI_HIGH, 14, t -> figures.apply(t).ciHigh()));
    columns.add(percentColumn(ReportText.TARGET, 11, t -> figures.apply(t).target()));
    columns.add(pointsColumn(ReportText.GAP, 14, t -> figures.apply(t).gap()));
    columns.add(
        textColumn(ReportText.STATUS, 38, t -> ReportText.status(figures.apply(t).status())));
    return columns;
  }

  /** One column of a table: its header, its width in characters and how an item fills its cell. */
  private record Column<T>(String header, int width, CellWriter<T> writer) {}

  private interface CellWriter<T> {
    void write(Row row, int column, T item);
  }

  /** A table's sheet and the first row after its items, for what a table adds below them. */
  private record Written(Sheet sheet, int nextRow) {}

  /** A sheet of one table: the title rows, the columns' header, then a row per item. */
  private <T> Written table(
      ReportContents contents, String name, List<Column<T>> columns, List<T> items) {
    Sheet sheet = sheet(contents, name, columns);
    int r = HEADER_ROW + 1;
    for (T item : items) {
      Row row = sheet.createRow(r++);
      for (int i = 0; i < columns.size(); i++) {
        columns.get(i).writer().write(row, i, item);
      }
    }
    return new Written(sheet, r);
  }

  private static <T> Column<T> textColumn(String header, int width, Function<T, String> value) {
    return new Column<>(header, width, (row, column, item) -> text(row, column, value.apply(item)));
  }

  private <T> Column<T> percentColumn(String header, int width, Function<T, Double> value) {
    return new Column<>(
        header, width, (row, column, item) -> percent(row, column, value.apply(item)));
  }

  private <T> Column<T> pointsColumn(String header, int width, Function<T, Double> value) {
    return new Column<>(
        header, width, (row, column, item) -> points(row, column, value.apply(item)));
  }

  /** A whole number; blank where there is none (a unit without a rank). */
  private <T> Column<T> countColumn(String header, int width, Function<T, ? extends Number> value) {
    return new Column<>(
        header,
        width,
        (row, column, item) -> {
          Number number = value.apply(item);
          if (number != null) {
            count(row, column, number.longValue());
          }
        });
  }

  /** A sheet with the title rows (unit, period), its header frozen and its column widths. */
  private Sheet sheet(ReportContents contents, String name, List<? extends Column<?>> columns) {
    Sheet sheet = workbook.createSheet(name);
    Cell heading = sheet.createRow(0).createCell(0);
    heading.setCellValue(
        ReportText.TITLE + ": " + contents.satisfaction().unitName() + " · " + name);
    heading.setCellStyle(title);
    text(sheet.createRow(1), 0, ReportText.PERIOD + ": " + contents.periodText());
    Row row = sheet.createRow(HEADER_ROW);
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(columns.get(i).header());
      cell.setCellStyle(header);
      sheet.setColumnWidth(i, columns.get(i).width() * 256);
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
