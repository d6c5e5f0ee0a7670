package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampleSizePlannerTest {
  private static final SampleSizePlanner PLANNER = SampleSizePlanner.DEFAULT;

  /** The example: a true 95% against an 85% target needs about 60 (59.41 rounded up). */
  @Test
  void ninetyFiveAgainstEightyFive() {
    assertEquals(60, PLANNER.respondentsNeeded(95, 85));
  }

  /** More pairs, each the formula computed by hand (z 1.644854, 0.841621), rounded up. */
  @Test
  void otherPairs() {
    assertEquals(283, PLANNER.respondentsNeeded(90, 85)); // 282.12
    assertEquals(342, PLANNER.respondentsNeeded(80, 85)); // 341.49: a rate below target
    assertEquals(631, PLANNER.respondentsNeeded(97, 95)); // 630.15
    assertEquals(184, PLANNER.respondentsNeeded(95, 90)); // 183.27
  }

  @Test
  void powerAndAlphaAreConfigurable() {
    assertEquals(76, new SampleSizePlanner(0.05, 0.9).respondentsNeeded(95, 85)); // 75.11
    assertTrue(new SampleSizePlanner(0.01, 0.8).respondentsNeeded(95, 85) > 60);
  }

  @Test
  void aRateAtTheTargetCannotBeToldApart() {
    assertEquals(SampleSizePlanner.UNBOUNDED, PLANNER.respondentsNeeded(85, 85));
  }

  @Test
  void rejectsBadSettings() {
    assertThrows(IllegalArgumentException.class, () -> new SampleSizePlanner(0.6, 0.8));
    assertThrows(IllegalArgumentException.class, () -> new SampleSizePlanner(0.05, 1.0));
    assertThrows(IllegalArgumentException.class, () -> PLANNER.respondentsNeeded(101, 85));
  }

  @Test
  void assessableByHalfWidthOrBySize() {
    Assessability rule = Assessability.DEFAULT;
    // 90 answers at 85%: interval about 76-91%, half-width 7.4: not by width; needs 60: assessable
    RespondentSums ninety = RespondentSums.ofIndependent(new Tally(14, 0, 0, 76, 0, 0));
    assertTrue(Wilson.halfWidth(ninety.wilson()) > 5);
    assertTrue(rule.assessable(ninety, 60));
    assertTrue(!rule.assessable(ninety, 283));
    // 400 answers at 80%: half-width 3.9, assessable whatever the size
    RespondentSums many = RespondentSums.ofIndependent(new Tally(80, 0, 0, 320, 0, 0));
    assertTrue(rule.assessable(many, SampleSizePlanner.UNBOUNDED));
    assertTrue(!rule.assessable(RespondentSums.EMPTY, 1));
  }
}
