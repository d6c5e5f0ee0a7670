package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SatisfactionIndexTest {

  @Test
  void unweightedMeanOfTheSixCriteria() {
    // 92.5, 80, 85, 90, 75, 87.5: sum 510, mean 85.0, whatever the n of each.
    List<Proportion> criteria =
        List.of(
            new Proportion(37, 40),
            new Proportion(40, 50),
            new Proportion(340, 400),
            new Proportion(54, 60),
            new Proportion(24, 32),
            new Proportion(35, 40));
    assertEquals(85.0, SatisfactionIndex.of(criteria).getAsDouble(), 1e-12);
  }

  @Test
  void criteriaWithoutDataAreLeftOutNotCountedAsZero() {
    Map<Criterion, Tally> tallies = new EnumMap<>(Criterion.class);
    tallies.put(Criterion.ACCESS, new Tally(0, 0, 3, 37, 0, 0)); // 92.5
    tallies.put(Criterion.STAFF, new Tally(0, 10, 0, 40, 0, 0)); // 80
    tallies.put(Criterion.FEEDBACK, new Tally(0, 0, 0, 0, 0, 25)); // only N/A
    assertEquals(86.25, SatisfactionIndex.ofTallies(tallies).getAsDouble(), 1e-12);
  }

  @Test
  void noDataAtAllGivesNoIndex() {
    assertFalse(SatisfactionIndex.of(List.of()).isPresent());
    assertFalse(SatisfactionIndex.of(List.of(new Proportion(0, 0))).isPresent());
  }

  @Test
  void indexOfAssessments() {
    List<CriterionAssessment> assessments =
        List.of(
            CriterionAssessment.assess(Criterion.ACCESS, new Tally(0, 0, 3, 37, 0, 0), 85, 30),
            CriterionAssessment.assess(Criterion.RESULTS, new Tally(0, 0, 1, 0, 1, 0), 85, 30));
    assertEquals(
        (92.5 + 50) / 2, SatisfactionIndex.ofAssessments(assessments).getAsDouble(), 1e-12);
  }
}
