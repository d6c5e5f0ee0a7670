package vn.hailong.api.reorganisation;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.unit.Share;
import vn.hailong.api.unit.UnitLevel;
import vn.hailong.api.unit.UnitTree;

/**
 * Reads a reorganisation: a CSV in the changes layout (docs/units.md, "Import format"), a CSV in
 * the departments layout of khanhhoa-departments-2017-2026.csv ({@link DepartmentRows}), or the
 * same fields as JSON objects. Every problem is collected with its line; nothing is checked against
 * the tree here except what the departments layout needs to name its rows.
 */
public final class ChangeRows {
  /** The columns of the changes layout; only {@code change} is required. */
  public static final List<String> COLUMNS =
      List.of(
          "change",
          "code",
          "name",
          "parent",
          "level",
          "kind",
          "official_code",
          "valid_from",
          "valid_to",
          "predecessors",
          "successors",
          "source",
          "reason");

  private ChangeRows() {}

  /** The lines read, and every problem found in them. */
  public record Read(List<Change> changes, List<FieldProblem> problems) {}

  /** A row of named values with its line. */
  record Row(int line, Map<String, String> values) {
    @Nullable
    String get(String column) {
      String value = values.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  /**
   * Reads CSV text in either layout.
   *
   * @param defaultParent the code of the unit departments go under (departments layout)
   */
  public static Read csv(String text, UnitTree tree, String defaultParent) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<FieldProblem> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<String> header;
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get()
            .parse(new StringReader(body))) {
      header =
          parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
      for (CSVRecord record : parser) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
          values.put(header.get(i), record.get(i));
        }
        rows.add(new Row((int) record.getRecordNumber() + 1, values));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      problems.add(
          FieldProblem.badFormat(
              "csv", "không đọc được CSV: " + e.getMessage(), "unreadable CSV: " + e.getMessage()));
      return new Read(List.of(), problems);
    }
    if (header.contains("name_vi")) {
      return DepartmentRows.read(rows, tree, defaultParent);
    }
    return changes(header, rows);
  }

  /** Reads JSON objects with the columns of the changes layout as keys. */
  public static Read json(List<Map<String, Object>> objects) {
    List<Row> rows = new ArrayList<>();
    Set<String> keys = new java.util.LinkedHashSet<>();
    for (int i = 0; i < objects.size(); i++) {
      Map<String, String> values = new LinkedHashMap<>();
      objects.get(i).forEach((k, v) -> values.put(k, v == null ? null : v.toString()));
      keys.addAll(values.keySet());
      rows.add(new Row(i + 1, values));
    }
    return changes(List.copyOf(keys), rows);
  }

  private static Read changes(List<String> header, List<Row> rows) {
    List<FieldProblem> problems = new ArrayList<>();
    for (String column : header) {
      if (!COLUMNS.contains(column)) {
        problems.add(FieldProblem.notOneOf("header", column, COLUMNS));
      }
    }
    if (!header.contains("change")) {
      problems.add(FieldProblem.required("header.change"));
    }
    if (rows.isEmpty()) {
      problems.add(
          new FieldProblem("csv", "empty", "không có dòng thay đổi nào", "no change lines"));
    }
    if (!problems.isEmpty()) {
      return new Read(List.of(), problems);
    }
    List<Change> changes = new ArrayList<>();
    for (Row row : rows) {
      Change change = change(row, problems);
      if (change != null) {
        changes.add(change);
      }
    }
    return new Read(changes, problems);
  }

  @Nullable
  private static Change change(Row row, List<FieldProblem> problems) {
    int before = problems.size();
    String field = Change.field(row.line());
    ChangeKind kind = null;
    String kindText = row.get("change");
    if (kindText == null) {
      problems.add(problem(field, "required", "thiếu cột change", "change is required"));
    } else {
      try {
        kind = ChangeKind.valueOf(kindText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(FieldProblem.notOneOf(field + ".change", kindText, ChangeKind.class, false));
      }
    }
    UnitLevel level = null;
    String levelText = row.get("level");
    if (levelText != null) {
      try {
        level = UnitLevel.valueOf(levelText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(FieldProblem.notOneOf(field + ".level", levelText, UnitLevel.class, false));
      }
    }
    LocalDate from = date(row, "valid_from", problems);
    LocalDate to = date(row, "valid_to", problems);
    List<Change.Link> predecessors = links(row, "predecessors", problems);
    List<Change.Link> successors = links(row, "successors", problems);
    if (kind != null) {
      List<String> required =
          switch (kind) {
            case CREATE -> List.of("name", "level");
            case END -> List.of("code", "valid_to");
            case RENAME -> List.of("code", "name", "valid_from");
            case MOVE -> List.of("code", "parent", "valid_from");
            case SOURCE -> List.of("code", "source");
          };
      for (String column : required) {
        if (row.get(column) == null) {
          problems.add(
              problem(
                  field + "." + column,
                  "required",
                  kind + " cần cột " + column,
                  kind + " needs " + column));
        }
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new Change(
        row.line(),
        kind,
        row.get("code"),
        row.get("name"),
        row.get("parent"),
        level,
        row.get("kind"),
        row.get("official_code"),
        from,
        to,
        predecessors,
        successors,
        row.get("source"),
        row.get("reason"));
  }

  @Nullable
  static LocalDate date(Row row, String column, List<FieldProblem> problems) {
    String text = row.get(column);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(FieldProblem.notADate(Change.field(row.line()) + "." + column, text));
      return null;
    }
  }

  /** {@code code:whole;code:partial}; a link without a share is WHOLE. */
  private static List<Change.Link> links(Row row, String column, List<FieldProblem> problems) {
    String text = row.get(column);
    List<Change.Link> links = new ArrayList<>();
    if (text == null) {
      return links;
    }
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      String[] codeShare = part.strip().split(":");
      Share share = Share.WHOLE;
      if (codeShare.length > 2
          || (codeShare.length == 2 && (share = share(codeShare[1])) == null)) {
        problems.add(
            FieldProblem.badFormat(
                Change.field(row.line()) + "." + column,
                "'" + part.strip() + "' phải có dạng mã:whole hoặc mã:partial",
                "'" + part.strip() + "' must be code:whole or code:partial"));
        continue;
      }
      links.add(new Change.Link(codeShare[0].strip(), share));
    }
    return links;
  }

  @Nullable
  static Share share(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "whole" -> Share.WHOLE;
      case "partial" -> Share.PARTIAL;
      default -> null;
    };
  }

  static FieldProblem problem(String field, String code, String vi, String en) {
    return new FieldProblem(field, code, vi, en);
  }
}
