package vn.hailong.api.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The plan as one Excel sheet in the annexes' layout ({@link PlanTable}). */
final class PlanXlsx {
  private static final int[] WIDTHS = {6, 60, 28, 28, 16, 60};

  private PlanXlsx() {}

  static void write(PlanTable table, OutputStream out) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      CellStyle title = workbook.createCellStyle();
      title.setFont(big);
      CellStyle header = bordered(workbook.createCellStyle());
      header.setFont(bold);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle section = bordered(workbook.createCellStyle());
      section.setFont(bold);
      CellStyle body = bordered(workbook.createCellStyle());
      body.setWrapText(true);
      body.setVerticalAlignment(VerticalAlignment.TOP);

      Sheet sheet = workbook.createSheet("Kế hoạch " + table.year());
      for (int c = 0; c < WIDTHS.length; c++) {
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      int r = 0;
      cell(sheet.createRow(r++), 0, table.title(), title);
      cell(sheet.createRow(r++), 0, table.unitName(), null);
      r++;
      Row head = sheet.createRow(r++);
      for (int c = 0; c < PlanTable.COLUMNS.size(); c++) {
        cell(head, c, PlanTable.COLUMNS.get(c), header);
      }
      sheet.createFreezePane(0, r);
      for (PlanTable.Section s : table.sections()) {
        Row row = sheet.createRow(r);
        cell(row, 0, s.number(), section);
        cell(row, 1, s.heading(), section);
        for (int c = 2; c < WIDTHS.length; c++) {
          cell(row, c, "", section);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, WIDTHS.length - 1));
        r++;
        for (List<String> values : s.rows()) {
          Row line = sheet.createRow(r++);
          for (int c = 0; c < values.size(); c++) {
            cell(line, c, values.get(c), body);
          }
        }
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the plan's workbook", e);
    }
  }

  private static CellStyle bordered(CellStyle style) {
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }

  private static void cell(Row row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
