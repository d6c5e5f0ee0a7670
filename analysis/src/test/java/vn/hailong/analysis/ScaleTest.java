package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void onlyFourAndFiveAreSatisfied() {
    assertFalse(Scale.isSatisfied(1));
    assertFalse(Scale.isSatisfied(2));
    assertFalse(Scale.isSatisfied(3));
    assertTrue(Scale.isSatisfied(4));
    assertTrue(Scale.isSatisfied(5));
  }

  @Test
  void validAnswersAreOneToFive() {
    assertFalse(Scale.isValid(0));
    assertTrue(Scale.isValid(Scale.MIN));
    assertTrue(Scale.isValid(Scale.MAX));
    assertFalse(Scale.isValid(6));
    assertThrows(IllegalArgumentException.class, () -> Scale.isSatisfied(6));
  }

  @Test
  void labelsInBothLanguages() {
    assertEquals("Rất không hài lòng", Scale.labelVi(1));
    assertEquals("Bình thường", Scale.labelVi(3));
    assertEquals("Rất hài lòng", Scale.labelVi(5));
    assertEquals("Dissatisfied", Scale.labelEn(2));
    assertEquals("Satisfied", Scale.labelEn(4));
    assertEquals("Không áp dụng", Scale.NOT_APPLICABLE_VI);
    assertThrows(IllegalArgumentException.class, () -> Scale.labelVi(0));
    assertThrows(IllegalArgumentException.class, () -> Scale.labelEn(-1));
  }
}
