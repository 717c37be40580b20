package nl.vraagbaak.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

  private static final LocalDate LETTER = LocalDate.of(2026, 2, 10);

  @Test
  void endOfAMonthOfThisYear() {
    assertThat(Deadlines.in("uiterlijk eind maart van dit jaar", LETTER)).contains(LocalDate.of(2026, 3, 31));
  }

  @Test
  void aMonthAlreadyPastWithoutAYearIsNextYears() {
    assertThat(Deadlines.in("voor eind januari", LETTER)).contains(LocalDate.of(2027, 1, 31));
  }

  @Test
  void beforeTheSummerIsTheStartOfTheSummerRecess() {
    assertThat(Deadlines.in("voor de zomer", LETTER)).contains(LocalDate.of(2026, 7, 3));
    assertThat(Deadlines.in("voor het zomerreces", LocalDate.of(2022, 3, 1))).contains(LocalDate.of(2022, 7, 8));
  }

  @Test
  void theSummerRecessOfAnUnlistedYearStartsOnTheFirstFridayOfJuly() {
    assertThat(Deadlines.summerRecess(2031)).isEqualTo(LocalDate.of(2031, 7, 4));
  }

  @Test
  void prinsjesdagIsTheThirdTuesdayOfSeptember() {
    assertThat(Deadlines.prinsjesdag(2026)).isEqualTo(LocalDate.of(2026, 9, 15));
    assertThat(Deadlines.prinsjesdag(2025)).isEqualTo(LocalDate.of(2025, 9, 16));
  }

  @Test
  void periodsResolveToTheirLastDay() {
    assertThat(Deadlines.in("in het voorjaar", LETTER)).contains(LocalDate.of(2026, 5, 31));
    assertThat(Deadlines.in("in Q3 2026", LETTER)).contains(LocalDate.of(2026, 9, 30));
    assertThat(Deadlines.in("medio 2026", LETTER)).contains(LocalDate.of(2026, 6, 30));
    assertThat(Deadlines.in("voor het einde van het jaar", LETTER)).contains(LocalDate.of(2026, 12, 31));
    assertThat(Deadlines.in("na de zomer", LETTER)).contains(LocalDate.of(2026, 9, 30));
  }

  @Test
  void withoutALetterDateOnlyAPrintedYearResolves() {
    assertThat(Deadlines.in("voor de zomer", null)).isEmpty();
    assertThat(Deadlines.in("in het voorjaar van 2027", null)).contains(LocalDate.of(2027, 5, 31));
  }

  @Test
  void vagueTimeIsNoDeadline() {
    assertThat(Deadlines.in("de komende tijd", LETTER)).isEmpty();
    assertThat(Deadlines.in("op zo kort mogelijke termijn", LETTER)).isEmpty();
  }
}
