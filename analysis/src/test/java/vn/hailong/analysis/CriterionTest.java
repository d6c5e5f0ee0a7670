package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CriterionTest {

  @Test
  void sixCriteriaWithTheirVietnameseAndEnglishNames() {
    assertEquals(6, Criterion.values().length);
    assertEquals("Thủ tục hành chính", Criterion.PROCEDURES.nameVi());
    assertEquals("Administrative procedures", Criterion.PROCEDURES.nameEn());
    assertEquals("Tiếp nhận, xử lý thông tin phản hồi", Criterion.FEEDBACK.nameVi());
  }

  @Test
  void headlineAndDetailedQuestionsBelongToTheirCriterion() {
    assertEquals(Criterion.ACCESS, Criterion.ofQuestion("ACCESS"));
    assertEquals(Criterion.ACCESS, Criterion.ofQuestion("ACCESS.2"));
    assertEquals(Criterion.RESULTS, Criterion.ofQuestion("RESULTS.12"));
    for (Criterion c : Criterion.values()) {
      assertEquals(c, Criterion.ofQuestion(c.name() + ".1"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ACCES", "access", "ACCESS.", "ACCESSX", "X.ACCESS", ".1"})
  void unknownQuestionCodesAreRejectedWithTheCodeInTheMessage(String code) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Criterion.ofQuestion(code));
    assertTrue(e.getMessage().contains("'" + code + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("PROCEDURES"), e.getMessage());
  }

  @Test
  void missingQuestionCodeIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Criterion.ofQuestion(null));
  }
}
