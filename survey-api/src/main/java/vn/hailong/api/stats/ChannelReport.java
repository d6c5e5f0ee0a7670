package vn.hailong.api.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * Channel bias of one unit's own counter (contract v1): per criterion, each channel's respondents
 * and percentage, the chi-square test of independence and a sentence comparing the kiosk with the
 * QR form.
 */
@Serdeable
public record ChannelReport(
    String unit, String unitName, LocalDate from, LocalDate to, List<CriterionChannels> criteria) {

  @Serdeable
  public record CriterionChannels(
      String criterion,
      String nameVi,
      List<ChannelFigure> channels,
      @Nullable Double chiSquare,
      int degreesOfFreedom,
      @Nullable Double pValue,
      boolean significant,
      boolean smallExpected,
      String sentenceVi) {}

  @Serdeable
  public record ChannelFigure(
      String channel, String labelVi, long respondents, long satisfied, @Nullable Double percent) {}
}
