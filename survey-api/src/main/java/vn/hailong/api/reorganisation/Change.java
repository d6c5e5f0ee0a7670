package vn.hailong.api.reorganisation;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import vn.hailong.api.unit.Share;
import vn.hailong.api.unit.UnitLevel;

/**
 * One line of a reorganisation, read and checked field by field (not yet against the tree).
 *
 * @param line the CSV line (the header is line 1), or the position in a JSON list from 1
 * @param code CREATE: the new unit's code, null for the code scheme (docs/units.md); otherwise the
 *     unit the line is about
 * @param validFrom CREATE: first day; RENAME, MOVE: first day of the new name or parent
 * @param validTo CREATE: last day, if known; END: last day
 */
public record Change(
    int line,
    ChangeKind kind,
    @Nullable String code,
    @Nullable String name,
    @Nullable String parent,
    @Nullable UnitLevel level,
    @Nullable String unitKind,
    @Nullable String officialCode,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo,
    List<Link> predecessors,
    List<Link> successors,
    @Nullable String source,
    @Nullable String reason) {

  /** A lineage link named on a line: the other unit's code and how much of it went across. */
  public record Link(String code, Share share) {}

  static String field(int line) {
    return "line " + line;
  }
}
