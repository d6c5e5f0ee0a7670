package vn.hailong.api.analysis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.hailong.api.unit.UnitLevel;

/**
 * Units under a unit ranked by satisfaction index, units without data last. {@code basis} says
 * which units are ranked (see {@link ListedUnit}): with {@code now} today's units, each with the
 * predecessors it pools ({@code derivedFrom}) and its PARTIAL ones apart ({@code partial}, index
 * figures), counted only when {@code partialIncluded}.
 */
@Serdeable
public record RankingReport(
    String unit,
    @Nullable UnitLevel level,
    LocalDate from,
    LocalDate to,
    List<Entry> units,
    String basis,
    boolean partialIncluded) {

  @Serdeable
  public record Entry(
      @Nullable Integer rank,
      String unitCode,
      String unitName,
      UnitLevel level,
      long respondents,
      @Nullable Double index,
      double target,
      Map<String, Double> criteria,
      List<String> derivedFrom,
      List<PartialPredecessor> partial) {}
}
