package vn.hailong.api.reorganisation;

import io.micronaut.core.annotation.Nullable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.unit.Share;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitLevel;
import vn.hailong.api.unit.UnitTree;

/**
 * The departments layout ({@code name_vi, valid_from, valid_to, predecessors, source}) as changes.
 * A row with a blank {@code valid_from} is a department that existed before our records: the unit
 * of that name under its parent if there is one (it keeps its code, id, ratings and targets, and is
 * ended on {@code valid_to}), a new unit otherwise. A row ending in " tỉnh X" goes under the
 * province "Tỉnh X" when that is not the default parent, and its code drops the suffix. A
 * predecessor is a name: the row of that name that ended the day before (docs/units.md).
 */
final class DepartmentRows {
  static final String KIND = "cơ quan cấp tỉnh";

  private DepartmentRows() {}

  private record Named(
      ChangeRows.Row row,
      String name,
      String parentCode,
      @Nullable Unit existing,
      String code,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {}

  static ChangeRows.Read read(List<ChangeRows.Row> rows, UnitTree tree, String defaultParent) {
    List<FieldProblem> problems = new ArrayList<>();
    Unit parent = tree.byCode(defaultParent).orElse(null);
    if (parent == null) {
      problems.add(FieldProblem.unknownUnit("parent", defaultParent));
      return new ChangeRows.Read(List.of(), problems);
    }
    List<Named> named = new ArrayList<>();
    for (ChangeRows.Row row : rows) {
      String name = row.get("name_vi");
      LocalDate from = ChangeRows.date(row, "valid_from", problems);
      LocalDate to = ChangeRows.date(row, "valid_to", problems);
      if (name == null) {
        problems.add(FieldProblem.required(Change.field(row.line()) + ".name_vi"));
        continue;
      }
      name = Normalizer.normalize(name, Normalizer.Form.NFC);
      Unit home = parent;
      String base = name;
      for (Unit province : tree.all()) {
        String suffix = " " + province.name().replaceFirst("^Tỉnh", "tỉnh");
        if (province.level() == UnitLevel.PROVINCE
            && !province.code().equals(defaultParent)
            && name.endsWith(suffix)) {
          home = province;
          base = name.substring(0, name.length() - suffix.length());
        }
      }
      Unit existing = null;
      if (from == null) {
        for (Unit unit : tree.all()) {
          if (Objects.equals(unit.parentId(), home.id())
              && unit.validFrom() == null
              && unit.name().equals(name)) {
            existing = unit;
          }
        }
      }
      String code = existing != null ? existing.code() : UnitCodes.code(home.code(), base, from);
      named.add(new Named(row, name, home.code(), existing, code, from, to));
    }
    List<Change> changes = new ArrayList<>();
    for (Named row : named) {
      String source = row.row().get("source");
      int line = row.row().line();
      if (row.existing() != null) {
        boolean ends = row.to() != null && !row.to().equals(row.existing().validTo());
        changes.add(
            new Change(
                line,
                ends ? ChangeKind.END : ChangeKind.SOURCE,
                row.code(),
                null,
                null,
                null,
                null,
                null,
                null,
                row.to(),
                List.of(),
                List.of(),
                source == null ? "" : source,
                null));
        continue;
      }
      List<Change.Link> predecessors = new ArrayList<>();
      String links = row.row().get("predecessors");
      if (links != null) {
        for (String part : links.split(";")) {
          if (part.isBlank()) {
            continue;
          }
          int colon = part.lastIndexOf(':');
          Share share = colon < 0 ? Share.WHOLE : ChangeRows.share(part.substring(colon + 1));
          String predecessor =
              Normalizer.normalize(
                  (colon < 0 ? part : part.substring(0, colon)).strip(), Normalizer.Form.NFC);
          String code = share == null ? null : predecessor(predecessor, row.from(), named, tree);
          if (code == null) {
            problems.add(
                new FieldProblem(
                    Change.field(line) + ".predecessors",
                    "unknown-predecessor",
                    "không có dòng '"
                        + part.strip()
                        + "' kết thúc ngày "
                        + (row.from() == null ? "?" : row.from().minusDays(1)),
                    "no row '"
                        + part.strip()
                        + "' ending on "
                        + (row.from() == null ? "?" : row.from().minusDays(1))));
          } else {
            predecessors.add(new Change.Link(code, share));
          }
        }
      }
      changes.add(
          new Change(
              line,
              ChangeKind.CREATE,
              row.code(),
              row.name(),
              row.parentCode(),
              UnitLevel.DEPARTMENT,
              KIND,
              null,
              row.from(),
              row.to(),
              predecessors,
              List.of(),
              source,
              null));
    }
    return new ChangeRows.Read(changes, problems);
  }

  /** The code of the row (or else the unit) of that name that ended the day before {@code from}. */
  @Nullable
  private static String predecessor(
      String name, @Nullable LocalDate from, List<Named> rows, UnitTree tree) {
    if (from == null) {
      return null;
    }
    LocalDate dayBefore = from.minusDays(1);
    for (Named row : rows) {
      if (row.name().equals(name) && dayBefore.equals(row.to())) {
        return row.code();
      }
    }
    for (Unit unit : tree.all()) {
      if (unit.name().equals(name) && dayBefore.equals(unit.validTo())) {
        return unit.code();
      }
    }
    return null;
  }
}
