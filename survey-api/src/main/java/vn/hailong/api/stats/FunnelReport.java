package vn.hailong.api.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import vn.hailong.analysis.Funnel;

/**
 * The funnel plot of the units one level down for one criterion (contract v1): each unit's
 * percentage against its effective respondents, with its 95% and 99.8% limits around the centre.
 */
@Serdeable
public record FunnelReport(
    String unit,
    String unitName,
    LocalDate from,
    LocalDate to,
    String criterion,
    String criterionNameVi,
    String centre,
    double centrePercent,
    boolean dispersion,
    double phi,
    List<Entry> units,
    List<String> outside) {

  /** One unit; limits and n are null without data. */
  @Serdeable
  public record Entry(
      String unitCode,
      String unitName,
      long respondents,
      long answers,
      long satisfied,
      @Nullable Double percent,
      long n,
      @Nullable Double low95,
      @Nullable Double high95,
      @Nullable Double low998,
      @Nullable Double high998,
      Funnel.Position position,
      String positionVi) {}
}
