package io.corebank.businessdate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  final BusinessCalendar calendar = new BusinessCalendar();

  @Test
  void weekendsAndFederalReserveHolidaysAreSkipped() {
    assertThat(calendar.nextBusinessDay(LocalDate.of(2026, 1, 2))).isEqualTo(LocalDate.of(2026, 1, 5));   // Fri -> Mon
    assertThat(calendar.nextBusinessDay(LocalDate.of(2026, 1, 16))).isEqualTo(LocalDate.of(2026, 1, 20)); // MLK Monday
    assertThat(calendar.nextBusinessDay(LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 11, 27)); // Thanksgiving
    assertThat(calendar.nextBusinessDay(LocalDate.of(2027, 7, 2))).isEqualTo(LocalDate.of(2027, 7, 6));   // July 4th observed Monday
    assertThat(calendar.holiday(LocalDate.of(2026, 12, 25))).isEqualTo("Christmas Day");
    // a Saturday holiday is not observed on the Friday before: the Fed is open
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 7, 3))).isTrue();
  }

  @Test
  void aDatePastTheCalendarIsRefusedNotGuessed() {
    assertThatThrownBy(() -> calendar.isBusinessDay(LocalDate.of(2029, 3, 1)))
        .hasMessageContaining("ends with 2028; add 2029");
  }

  @Test
  void aMalformedCalendarNamesItsLine() {
    assertThatThrownBy(() -> BusinessCalendar.parse(new StringReader("date,holiday\n2026-01-01,New Year\n2026-13-01,Bad\n"), "test.csv"))
        .hasMessageContaining("test.csv line 3: '2026-13-01' is not a date");
  }
}
