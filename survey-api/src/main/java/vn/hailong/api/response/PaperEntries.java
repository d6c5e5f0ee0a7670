package vn.hailong.api.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.hailong.analysis.Granularity;
import vn.hailong.analysis.Period;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.Scope;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.support.DateRange;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitTree;

/**
 * Who typed in which paper form, and when (docs/decisions.md, "Paper entries"), for the units of a
 * subtree the caller is responsible for. Scope is checked before anything else, as for analysis.
 */
@Singleton
public class PaperEntries {
  /** Most entries in one answer, newest first; {@code truncated} says when there are more. */
  static final int LIMIT = 1000;

  private final JdbcOperations jdbc;
  private final UnitDirectory units;
  private final Clock clock;

  PaperEntries(JdbcOperations jdbc, UnitDirectory units, Clock clock) {
    this.jdbc = jdbc;
    this.units = units;
    this.clock = clock;
  }

  /** One paper form: its unit, the date written on it, who typed it in and when. */
  @Serdeable
  public record Entry(
      String id,
      String unitCode,
      String unitName,
      LocalDate formDate,
      @Nullable String enteredBy,
      Instant enteredAt,
      int answers) {}

  /** The paper forms of the unit's subtree dated from..to (inclusive local dates). */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS) // no forms is an empty list, not a missing field
  public record Listing(
      String unit, LocalDate from, LocalDate to, List<Entry> entries, boolean truncated) {}

  /** Defaults: the caller's own unit, this quarter so far. */
  @Transactional(readOnly = true)
  public Listing list(
      Scope caller, @Nullable String unitCode, @Nullable String from, @Nullable String to) {
    FieldProblems problems = new FieldProblems();
    UnitTree tree = units.tree();
    // scope first: for non-admins an unknown unit is the same 403 as one outside the subtree
    Unit top = caller.find(tree, "unit", unitCode != null ? unitCode : caller.unitCode(), problems);
    LocalDate today = VietnamTime.localDate(clock.instant());
    DateRange dates =
        DateRange.parse(
            from, to, Period.containing(Granularity.QUARTER, today).start(), today, problems);
    problems.throwIfAny();
    List<Unit> subtree = tree.subtree(top);
    List<Entry> entries = read(subtree, dates, tree);
    boolean truncated = entries.size() > LIMIT;
    return new Listing(
        top.code(),
        dates.from(),
        dates.to(),
        truncated ? entries.subList(0, LIMIT) : entries,
        truncated);
  }

  private List<Entry> read(List<Unit> subtree, DateRange dates, UnitTree tree) {
    String sql =
        "SELECT r.id, r.unit_id, r.local_date, r.entered_by, r.received_at,"
            + " (SELECT COUNT(*) FROM response_answer a WHERE a.response_id = r.id)"
            + " FROM response r WHERE r.channel = 'PAPER' AND r.local_date BETWEEN ? AND ?"
            + " AND r.unit_id IN ("
            + String.join(", ", Collections.nCopies(subtree.size(), "?"))
            + ") ORDER BY r.received_at DESC, r.id LIMIT "
            + (LIMIT + 1);
    return jdbc.prepareStatement(
        sql,
        statement -> {
          statement.setObject(1, dates.from());
          statement.setObject(2, dates.to());
          for (int i = 0; i < subtree.size(); i++) {
            statement.setLong(i + 3, subtree.get(i).id());
          }
          List<Entry> entries = new ArrayList<>();
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              Unit unit = tree.byId(rows.getLong(2));
              entries.add(
                  new Entry(
                      rows.getString(1),
                      unit.code(),
                      unit.name(),
                      rows.getObject(3, LocalDate.class),
                      rows.getString(4),
                      rows.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                      rows.getInt(6)));
            }
          }
          return entries;
        });
  }
}
