package vn.hailong.api.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.Problem;

/**
 * Reads an import file into rows of text keyed by column name, each with the line a clerk sees in
 * the file (the header is line 1). An Excel workbook (first sheet) is recognised by its content,
 * anything else is read as UTF-8 CSV (with or without a BOM; comma or semicolon).
 */
final class DossierFile {
  /** A data row: its line in the file and its cells by column name. */
  record Line(long number, Map<String, String> cells) {}

  private DossierFile() {}

  static List<Line> read(byte[] content) {
    if (content == null || content.length == 0) {
      throw Problem.invalid(FieldProblem.required("file"));
    }
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(content);
    } catch (RuntimeException e) {
      magic = FileMagic.UNKNOWN;
    }
    return magic == FileMagic.OOXML ? xlsx(content) : csv(content);
  }

  private static List<Line> csv(byte[] content) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      throw Problem.invalid(
          FieldProblem.badFormat(
              "file",
              "không phải CSV UTF-8 hay Excel (.xlsx); lưu lại dạng “CSV UTF-8” hoặc .xlsx",
              "neither UTF-8 CSV nor Excel (.xlsx); save it as “CSV UTF-8” or .xlsx"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter =
        firstLine.chars().filter(c -> c == ';').count()
                > firstLine.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreSurroundingSpaces(true)
            // kept, so that record numbers stay line numbers; blank rows are skipped below
            .setIgnoreEmptyLines(false)
            .get();
    List<Line> lines = new ArrayList<>();
    try (Reader reader = new java.io.StringReader(text);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = null;
      for (CSVRecord record : parser) {
        List<String> values = record.toList();
        if (header == null) {
          header = header(values);
          continue;
        }
        if (values.stream().allMatch(String::isBlank)) {
          continue;
        }
        // the header is record 1: a record's number is its line in the file (unless a quoted
        // cell spans lines, which these figures never need)
        lines.add(new Line(record.getRecordNumber(), cells(header, values)));
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw Problem.invalid(
          FieldProblem.badFormat(
              "file", "tệp CSV hỏng: " + e.getMessage(), "broken CSV file: " + e.getMessage()));
    }
    return lines;
  }

  private static List<Line> xlsx(byte[] content) {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    List<Line> lines = new ArrayList<>();
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getSheetAt(0);
      List<String> header = null;
      for (Row row : sheet) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          Cell cell = row.getCell(c);
          values.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
        }
        if (header == null) {
          header = header(values);
          continue;
        }
        if (values.stream().allMatch(String::isBlank)) {
          continue;
        }
        lines.add(new Line(row.getRowNum() + 1L, cells(header, values)));
      }
    } catch (IOException | RuntimeException e) {
      throw Problem.invalid(
          FieldProblem.badFormat(
              "file", "tệp Excel hỏng hoặc không đọc được", "a broken or unreadable Excel file"));
    }
    return lines;
  }

  private static List<String> header(List<String> values) {
    List<String> header = values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
    List<FieldProblem> missing = new ArrayList<>();
    for (String column : DossierColumns.REQUIRED) {
      if (!header.contains(column)) {
        missing.add(
            new FieldProblem(
                column,
                "missing-column",
                "thiếu cột " + column + " ở dòng tiêu đề",
                "the header has no column " + column));
      }
    }
    if (!missing.isEmpty()) {
      throw Problem.invalid(missing);
    }
    return header;
  }

  private static Map<String, String> cells(List<String> header, List<String> values) {
    Map<String, String> cells = new HashMap<>();
    for (int i = 0; i < header.size() && i < values.size(); i++) {
      cells.put(header.get(i), values.get(i).strip());
    }
    return cells;
  }
}
