package vn.hailong.api.target;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hailong.analysis.TargetRule;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.Scope;
import vn.hailong.api.analysis.AnalysisQuery;
import vn.hailong.api.analysis.AnalysisRequests;
import vn.hailong.api.analysis.AnalysisRequests.AnalysisRequest;
import vn.hailong.api.analysis.AnalysisRequests.DefaultRange;
import vn.hailong.api.analysis.GapReport;
import vn.hailong.api.analysis.GapReport.Gap;
import vn.hailong.api.analysis.SatisfactionService;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitLevel;

/**
 * What a target would change before it is saved: the units under the chosen unit below target in
 * the current period (this quarter so far) with the targets as they are and with the new one, both
 * from {@link SatisfactionService}'s gaps.
 */
@Singleton
public class TargetPreview {
  private final Targets targets;
  private final SatisfactionService satisfaction;
  private final AnalysisRequests requests;
  private final UnitDirectory units;
  private final Clock clock;

  TargetPreview(
      Targets targets,
      SatisfactionService satisfaction,
      AnalysisRequests requests,
      UnitDirectory units,
      Clock clock) {
    this.targets = targets;
    this.satisfaction = satisfaction;
    this.requests = requests;
    this.units = units;
    this.clock = clock;
  }

  /**
   * The preview: {@code below} every (unit, criterion) below target with the new value, {@code
   * newlyBelow} those of them not below today, {@code noLongerBelow} those below today that the new
   * value would lift. The current period's figures are judged against the targets of the chosen
   * year.
   */
  @Serdeable
  public record Preview(
      @Nullable String unitCode,
      String unitName,
      int year,
      @Nullable String criterion,
      double percent,
      LocalDate from,
      LocalDate to,
      List<Gap> below,
      List<Gap> newlyBelow,
      List<Gap> noLongerBelow) {}

  public Preview preview(TargetController.TargetInput input, Scope scope) {
    Targets.Checked checked = targets.check(input, scope);
    // a province-wide target (an admin's) applies to the whole province
    Unit top = checked.unit() != null ? checked.unit() : province();
    AnalysisRequest request =
        requests.resolve(
            new AnalysisQuery(top.code(), null, null, null, null, null, null, null),
            scope,
            DefaultRange.THIS_QUARTER);
    TargetRule now = targets.rule(checked.year());
    GapReport before = satisfaction.gaps(request, now, checked.year());
    GapReport after = satisfaction.gaps(request, now.with(checked.target()), checked.year());
    Set<String> was = before.gaps().stream().map(TargetPreview::key).collect(Collectors.toSet());
    Set<String> will = after.gaps().stream().map(TargetPreview::key).collect(Collectors.toSet());
    return new Preview(
        checked.unit() == null ? null : checked.unit().code(),
        top.name(),
        checked.year(),
        checked.criterion() == null ? null : checked.criterion().name(),
        checked.percent(),
        request.from(),
        request.to(),
        after.gaps(),
        after.gaps().stream().filter(g -> !was.contains(key(g))).toList(),
        before.gaps().stream().filter(g -> !will.contains(key(g))).toList());
  }

  private Unit province() {
    LocalDate today = VietnamTime.localDate(clock.instant());
    return units.tree().all().stream()
        .filter(u -> u.level() == UnitLevel.PROVINCE && u.parentId() == null && u.validOn(today))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No province valid today"));
  }

  private static String key(Gap gap) {
    return gap.unitCode() + " " + gap.criterion();
  }
}
