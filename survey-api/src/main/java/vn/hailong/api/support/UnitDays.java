package vn.hailong.api.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One unit's own counter over a few local days, inclusive: the week an alert points at. Lists of
 * them are read in one query ({@link #filter}) instead of one per alert, and the rows shared out
 * ({@link Collector}).
 */
public record UnitDays(long unitId, LocalDate from, LocalDate to) {

  /** {@code (unit_id = ? AND local_date BETWEEN ? AND ?) OR ...}, one term per entry, bracketed. */
  public static String filter(int count) {
    return "("
        + String.join(
            " OR ", Collections.nCopies(count, "(unit_id = ? AND local_date BETWEEN ? AND ?)"))
        + ")";
  }

  /** The parameters of {@link #filter} in order. */
  public static List<Object> parameters(Collection<UnitDays> all) {
    List<Object> parameters = new ArrayList<>();
    for (UnitDays d : all) {
      parameters.add(d.unitId);
      parameters.add(d.from);
      parameters.add(d.to);
    }
    return parameters;
  }

  /**
   * Shares rows (newest first) out to every entry whose unit and days they fall in, at most {@code
   * limit} each; every entry has a list, maybe empty.
   */
  public static final class Collector<T> {
    private final Map<UnitDays, List<T>> lists = new LinkedHashMap<>();
    private final int limit;

    public Collector(Collection<UnitDays> all, int limit) {
      all.forEach(d -> lists.put(d, new ArrayList<>()));
      this.limit = limit;
    }

    public void add(long unitId, LocalDate day, T value) {
      lists.forEach(
          (d, list) -> {
            if (d.unitId == unitId
                && !day.isBefore(d.from)
                && !day.isAfter(d.to)
                && list.size() < limit) {
              list.add(value);
            }
          });
    }

    public Map<UnitDays, List<T>> lists() {
      return lists;
    }
  }
}
