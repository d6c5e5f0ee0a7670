package vn.hailong.api.analysis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.hailong.api.unit.UnitLevel;

/** Units under a unit ranked by satisfaction index, units without data last. */
@Serdeable
public record RankingReport(
    String unit, @Nullable UnitLevel level, LocalDate from, LocalDate to, List<Entry> units) {

  @Serdeable
  public record Entry(
      @Nullable Integer rank,
      String unitCode,
      String unitName,
      UnitLevel level,
      long respondents,
      @Nullable Double index,
      double target,
      Map<String, Double> criteria) {}
}
