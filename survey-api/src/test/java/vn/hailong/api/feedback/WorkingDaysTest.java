package vn.hailong.api.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The calendar of working days, checked by hand against a paper calendar. */
class WorkingDaysTest {
  final WorkingDays days = new WorkingDays();

  @Test
  void theShippedCalendarCoversTheYears2023To2027() {
    assertEquals(Set.of(2023, 2024, 2025, 2026, 2027), days.years());
  }

  @Test
  void weekendsHolidaysAndSwappedDays() {
    assertFalse(days.isWorkingDay(LocalDate.of(2025, 4, 27)), "a Sunday");
    assertFalse(days.isWorkingDay(LocalDate.of(2025, 4, 30)), "Ngày Chiến thắng");
    assertFalse(days.isWorkingDay(LocalDate.of(2025, 5, 2)), "swapped for Saturday 26/4");
    assertTrue(days.isWorkingDay(LocalDate.of(2025, 4, 26)), "the Saturday worked instead");
    assertFalse(days.isWorkingDay(LocalDate.of(2023, 5, 2)), "compensatory: Giỗ Tổ on a Saturday");
    assertTrue(days.isWorkingDay(LocalDate.of(2025, 4, 24)), "an ordinary Thursday");
    assertFalse(days.isWorkingDay(LocalDate.of(2025, 4, 19)), "an ordinary Saturday");
  }

  /**
   * Received Thursday 24/4/2025: Fri 25 (1), Sat 26 worked (2), Mon 28 (3), Tue 29 (4), 30/4-4/5
   * off, Mon 5 (5) ... Fri 9 (9), Mon 12/5 (10).
   */
  @Test
  void tenWorkingDaysAcrossTheReunificationHolidays() {
    assertEquals(LocalDate.of(2025, 5, 12), days.plusWorkingDays(LocalDate.of(2025, 4, 24), 10));
  }

  /** Received Thursday 28/8/2025: Fri 29 (1), 30/8-2/9 off, Wed 3/9 (2) ... Mon 15/9 (10). */
  @Test
  void tenWorkingDaysAcrossQuocKhanh2025() {
    assertEquals(LocalDate.of(2025, 9, 15), days.plusWorkingDays(LocalDate.of(2025, 8, 28), 10));
  }

  /** Received Monday 5/2/2024: Tue 6 (1), Wed 7 (2), Tết 8-14/2, Thu 15 (3) ... Mon 26/2 (10). */
  @Test
  void tenWorkingDaysAcrossTet2024() {
    assertEquals(LocalDate.of(2024, 2, 26), days.plusWorkingDays(LocalDate.of(2024, 2, 5), 10));
  }

  /** A complaint received on a Sunday starts counting on Monday: 1 day is Monday itself. */
  @Test
  void receivedOnASunday() {
    assertEquals(LocalDate.of(2026, 11, 30), days.plusWorkingDays(LocalDate.of(2026, 11, 29), 1));
    assertEquals(LocalDate.of(2026, 12, 11), days.plusWorkingDays(LocalDate.of(2026, 11, 29), 10));
  }
}
