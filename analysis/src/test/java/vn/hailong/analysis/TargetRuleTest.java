package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetRuleTest {
  // Tỉnh Khánh Hòa (1) > Thị xã Ninh Hòa (10) > xã Ninh Đa (101), xã Ninh Thủy (102).
  private static final long PROVINCE = 1;
  private static final long NINH_HOA = 10;
  private static final long NINH_DA = 101;
  private static final long NINH_THUY = 102;
  private static final List<Long> NINH_DA_CHAIN = List.of(NINH_DA, NINH_HOA, PROVINCE);
  private static final List<Long> NINH_THUY_CHAIN = List.of(NINH_THUY, NINH_HOA, PROVINCE);

  @Test
  void withoutAnyTargetTheDefaultIsEightyFive() {
    TargetRule rule = new TargetRule(List.of());
    assertEquals(85.0, rule.resolve(NINH_DA_CHAIN, Criterion.ACCESS, 2024));
    assertTrue(rule.find(NINH_DA_CHAIN, Criterion.ACCESS, 2024).isEmpty());
  }

  @Test
  void aDistrictTargetAppliesToItsCommunesUnlessTheyHaveTheirOwn() {
    TargetRule rule =
        new TargetRule(
            List.of(
                new Target(NINH_HOA, 2024, null, 90.0), new Target(NINH_THUY, 2024, null, 88.0)));
    assertEquals(90.0, rule.resolve(NINH_DA_CHAIN, Criterion.STAFF, 2024));
    assertEquals(88.0, rule.resolve(NINH_THUY_CHAIN, Criterion.STAFF, 2024));
    assertEquals(90.0, rule.resolve(List.of(NINH_HOA, PROVINCE), Criterion.STAFF, 2024));
  }

  @Test
  void mostSpecificWinsAtEveryLevel() {
    TargetRule rule =
        new TargetRule(
            List.of(
                new Target(null, 2024, null, 86.0),
                new Target(null, 2024, Criterion.FEEDBACK, 80.0),
                new Target(PROVINCE, 2024, null, 87.0),
                new Target(NINH_HOA, 2024, null, 90.0),
                new Target(NINH_HOA, 2024, Criterion.PROCEDURES, 92.0),
                new Target(NINH_DA, 2024, null, 93.0),
                new Target(NINH_DA, 2024, Criterion.ACCESS, 95.0)));
    // (unit, criterion, year) beats (unit, year)
    assertEquals(95.0, rule.resolve(NINH_DA_CHAIN, Criterion.ACCESS, 2024));
    assertEquals(93.0, rule.resolve(NINH_DA_CHAIN, Criterion.PROCEDURES, 2024));
    // the unit's all-criteria target beats the parent's criterion target
    assertEquals(92.0, rule.resolve(NINH_THUY_CHAIN, Criterion.PROCEDURES, 2024));
    assertEquals(90.0, rule.resolve(NINH_THUY_CHAIN, Criterion.ACCESS, 2024));
    // the province unit is an ancestor like any other, before province-wide targets
    assertEquals(87.0, rule.resolve(List.of(PROVINCE), Criterion.FEEDBACK, 2024));
    // province-wide: criterion-specific, then all criteria
    assertEquals(80.0, rule.resolve(List.of(55L), Criterion.FEEDBACK, 2024));
    assertEquals(86.0, rule.resolve(List.of(55L), Criterion.ACCESS, 2024));
    assertEquals(
        new Target(NINH_HOA, 2024, Criterion.PROCEDURES, 92.0),
        rule.find(NINH_THUY_CHAIN, Criterion.PROCEDURES, 2024).orElseThrow());
  }

  @Test
  void aYearWithoutTargetsKeepsTheLatestEarlierYearsAndLaterYearsAreNeverUsed() {
    // The seeds: 85% in 2023, 95% by 2025.
    TargetRule rule =
        new TargetRule(
            List.of(new Target(null, 2023, null, 85.0), new Target(null, 2025, null, 95.0)));
    assertEquals(95.0, rule.resolve(NINH_DA_CHAIN, Criterion.ACCESS, 2025));
    assertEquals(95.0, rule.resolve(NINH_DA_CHAIN, Criterion.ACCESS, 2026), "2025's plan holds");
    assertEquals(85.0, rule.resolve(NINH_DA_CHAIN, Criterion.ACCESS, 2024), "2023's, not 2025's");
    TargetRule.Resolution before = rule.explain(NINH_DA_CHAIN, Criterion.ACCESS, 2022);
    assertEquals(TargetRule.DEFAULT_PERCENT, before.percent(), "nothing before 2023");
    assertEquals(TargetRule.Source.DEFAULT, before.source());
    assertFalse(before.fromEarlierYear());
  }

  @Test
  void anyTargetOfTheYearBeatsTheUnitsOwnTargetOfAnEarlierYear() {
    TargetRule rule =
        new TargetRule(
            List.of(new Target(NINH_DA, 2025, null, 90.0), new Target(null, 2026, null, 97.0)));
    assertEquals(90.0, rule.resolve(NINH_DA_CHAIN, Criterion.STAFF, 2025));
    assertEquals(97.0, rule.resolve(NINH_DA_CHAIN, Criterion.STAFF, 2026));
    assertEquals(97.0, rule.resolve(NINH_DA_CHAIN, Criterion.STAFF, 2027), "2026 carried over");
  }

  @Test
  void theResolutionSaysWhereTheTargetComesFrom() {
    Target ownStaff = new Target(NINH_DA, 2026, Criterion.STAFF, 92.0);
    Target own = new Target(NINH_DA, 2026, null, 91.0);
    Target district = new Target(NINH_HOA, 2026, Criterion.PROCEDURES, 88.5);
    Target province = new Target(null, 2026, Criterion.FEEDBACK, 80.0);
    Target earlier = new Target(null, 2025, null, 95.0);
    TargetRule rule = new TargetRule(List.of(ownStaff, own, district, province, earlier));

    assertEquals(
        new TargetRule.Resolution(92.0, TargetRule.Source.OWN_CRITERION, ownStaff, 2026),
        rule.explain(NINH_DA_CHAIN, Criterion.STAFF, 2026));
    assertEquals(
        new TargetRule.Resolution(91.0, TargetRule.Source.OWN, own, 2026),
        rule.explain(NINH_DA_CHAIN, Criterion.ACCESS, 2026));
    assertEquals(
        new TargetRule.Resolution(88.5, TargetRule.Source.ANCESTOR, district, 2026),
        rule.explain(NINH_THUY_CHAIN, Criterion.PROCEDURES, 2026));
    assertEquals(
        new TargetRule.Resolution(80.0, TargetRule.Source.PROVINCE_WIDE, province, 2026),
        rule.explain(NINH_THUY_CHAIN, Criterion.FEEDBACK, 2026));
    TargetRule.Resolution carried = rule.explain(NINH_THUY_CHAIN, Criterion.ACCESS, 2026);
    assertEquals(
        new TargetRule.Resolution(95.0, TargetRule.Source.PROVINCE_WIDE, earlier, 2026), carried);
    assertTrue(carried.fromEarlierYear());
    assertEquals(2025, carried.target().year());
    assertFalse(rule.explain(NINH_DA_CHAIN, Criterion.STAFF, 2026).fromEarlierYear());
  }

  @Test
  void withASavedTargetTheRuleChangesOnlyWhereItApplies() {
    TargetRule seeds = new TargetRule(List.of(new Target(null, 2025, null, 95.0)));
    TargetRule planned = seeds.with(new Target(NINH_HOA, 2026, Criterion.STAFF, 90.0));
    TargetRule replanned = planned.with(new Target(NINH_HOA, 2026, Criterion.STAFF, 92.5));

    assertEquals(90.0, planned.resolve(NINH_DA_CHAIN, Criterion.STAFF, 2026));
    assertEquals(92.5, replanned.resolve(NINH_THUY_CHAIN, Criterion.STAFF, 2026), "replaced");
    assertEquals(95.0, replanned.resolve(NINH_DA_CHAIN, Criterion.ACCESS, 2026));
    assertEquals(95.0, replanned.resolve(List.of(PROVINCE), Criterion.STAFF, 2026));
    assertEquals(95.0, seeds.resolve(NINH_DA_CHAIN, Criterion.STAFF, 2026), "seeds unchanged");
  }

  @Test
  void theIndexUsesOnlyAllCriteriaTargets() {
    TargetRule rule =
        new TargetRule(
            List.of(
                new Target(NINH_DA, 2024, Criterion.ACCESS, 95.0),
                new Target(NINH_HOA, 2024, null, 90.0)));
    assertEquals(90.0, rule.resolve(NINH_DA_CHAIN, null, 2024));
  }

  @Test
  void ambiguousOrInvalidTargetsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TargetRule(
                List.of(
                    new Target(NINH_HOA, 2024, null, 90.0),
                    new Target(NINH_HOA, 2024, null, 91.0))));
    assertThrows(IllegalArgumentException.class, () -> new Target(null, 2024, null, 100.5));
    TargetRule rule = new TargetRule(List.of());
    assertThrows(
        IllegalArgumentException.class,
        () -> rule.resolve(java.util.Arrays.asList(NINH_DA, null), Criterion.ACCESS, 2024));
  }
}
