package vn.hailong.api.reorganisation;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitLevel;
import vn.hailong.api.unit.UnitTree;

/** A unit as it would be after the plan. */
final class Era {
  final String code;
  String name;
  @Nullable String parentCode;
  UnitLevel level;
  @Nullable String kind;
  @Nullable String officialCode;
  @Nullable LocalDate from;
  @Nullable LocalDate to;
  @Nullable final Unit existing;
  int line;
  @Nullable String endReason;
  long id;

  Era(Unit unit, UnitTree tree) {
    this.code = unit.code();
    this.name = unit.name();
    this.parentCode = tree.parent(unit).map(Unit::code).orElse(null);
    this.level = unit.level();
    this.kind = unit.kind();
    this.officialCode = unit.officialCode();
    this.from = unit.validFrom();
    this.to = unit.validTo();
    this.existing = unit;
    this.endReason = unit.endReason();
    this.id = unit.id();
  }

  /** A unit the plan starts, on its line. */
  Era(
      String code,
      int line,
      String name,
      @Nullable String parentCode,
      UnitLevel level,
      @Nullable String kind,
      @Nullable String officialCode,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {
    this.code = code;
    this.existing = null;
    this.line = line;
    this.name = name;
    this.parentCode = parentCode;
    this.level = level;
    this.kind = kind;
    this.officialCode = officialCode;
    this.from = from;
    this.to = to;
  }

  String label() {
    return name + " (" + code + ")";
  }

  /** Whether this unit, as a parent, is valid over the child's whole life. */
  boolean covers(Era child) {
    boolean startsInTime = from == null || (child.from != null && !child.from.isBefore(from));
    boolean endsInTime = to == null || (child.to != null && !child.to.isAfter(to));
    return startsInTime && endsInTime;
  }

  String span() {
    return dayOrOpen(from) + " – " + dayOrOpen(to);
  }

  static String dayOrOpen(@Nullable LocalDate day) {
    return day == null ? "…" : day.toString();
  }
}
