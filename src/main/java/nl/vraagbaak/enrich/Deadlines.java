package nl.vraagbaak.enrich;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a promise is due, from the words that print it and the date of the letter: "eind maart van dit jaar" in a
 * letter of 2026-02-10 is 2026-03-31. Periods resolve to their last day ("in het voorjaar" is 31 May, meteorological
 * seasons; "Q3 2026" is 30 September; "medio 2026" is 30 June; "begin 2026" is 31 March); "voor de zomer" is the
 * first day of the Tweede Kamer's summer recess; "na de zomer" is 30 September (the Kamer is back and the autumn
 * has begun: promises "after the summer" are, in practice, due in September). Without a year, a date before the letter
 * means next year's. Without a letter date, only phrases that print their year resolve.
 */
final class Deadlines {

  /**
   * First day of the summer recess of the Tweede Kamer, as published on tweedekamer.nl. The recess starts on a Friday
   * early in July; for other years the first Friday of July is the fallback (right for 2023 to 2026).
   */
  private static final Map<Integer, LocalDate> SUMMER_RECESS =
      Map.of(
          2021, LocalDate.of(2021, 7, 2),
          2022, LocalDate.of(2022, 7, 8),
          2023, LocalDate.of(2023, 7, 7),
          2024, LocalDate.of(2024, 7, 5),
          2025, LocalDate.of(2025, 7, 4),
          2026, LocalDate.of(2026, 7, 3));

  private static final List<String> MONTHS =
      List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december");

  private static final String MONTH = "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)";

  /** What may follow a period to name its year: "2026", "van dit jaar", "volgend jaar". */
  private static final String YEAR = "(?:\\s+(?:van\\s+)?(?:(20\\d\\d)|(dit\\s+jaar|het\\s+lopende\\s+jaar)|(volgend\\s+jaar|het\\s+komende\\s+jaar|komend\\s+jaar)))?";

  /** A deadline phrase: words of which the (folded) text must have one for the pattern to match, the pattern, its date. */
  private record Rule(List<String> needs, Pattern pattern, BiFunction<Matcher, LocalDate, Optional<LocalDate>> date) {

    boolean possible(String text) {
      for (String word : needs) {
        if (text.contains(word)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final List<Rule> RULES =
      List.of(
          rule(MONTHS, "(?:uiterlijk|voor|vóór|op|per|tot)\\s+(\\d{1,2})\\s+" + MONTH + "(?:\\s+(20\\d\\d))?",
              (m, letter) -> day(m.group(1), m.group(2), m.group(3), letter)),
          rule(MONTHS, "\\b(eind|einde|eind\\s+van|einde\\s+van|begin|medio|half|halverwege|midden)\\s+" + MONTH + YEAR,
              (m, letter) -> month(m.group(1), m.group(2), m, 3, letter)),
          rule(MONTHS, "\\b(in|uiterlijk\\s+in|in\\s+de\\s+loop\\s+van|in\\s+de\\s+maand|voor|vóór)\\s+" + MONTH + YEAR,
              (m, letter) -> month(m.group(1).startsWith("v") ? "voor" : "eind", m.group(2), m, 3, letter)),
          rule(List.of("zomer"), "\\b(?:voor|vóór)\\s+(?:de\\s+zomer|het\\s+zomerreces)(?:\\s+(?:van\\s+)?(20\\d\\d))?",
              (m, letter) -> yearOf(m.group(1), letter).map(Deadlines::summerRecess).map(d -> later(d, letter, Deadlines::summerRecess))),
          rule(List.of("zomer"), "\\bna\\s+(?:de\\s+zomer|het\\s+zomerreces)(?:\\s+(?:van\\s+)?(20\\d\\d))?",
              (m, letter) -> yearOf(m.group(1), letter).map(y -> LocalDate.of(y, 9, 30)).map(d -> later(d, letter, y -> LocalDate.of(y, 9, 30)))),
          rule(List.of("kerstreces"), "\\b(?:voor|vóór)\\s+(?:het\\s+)?kerstreces(?:\\s+(?:van\\s+)?(20\\d\\d))?",
              (m, letter) -> yearOf(m.group(1), letter).map(Deadlines::christmasRecess).map(d -> later(d, letter, Deadlines::christmasRecess))),
          rule(List.of("prinsjesdag"), "\\b(?:voor|vóór|uiterlijk\\s+op|op)\\s+prinsjesdag(?:\\s+(?:van\\s+)?(20\\d\\d))?",
              (m, letter) -> yearOf(m.group(1), letter).map(Deadlines::prinsjesdag).map(d -> later(d, letter, Deadlines::prinsjesdag))),
          rule(List.of("kwartaal"), "\\b(?:(?:het|de)\\s+)?(eerste|tweede|derde|vierde)\\s+kwartaal" + YEAR,
              (m, letter) -> year(m, 2, letter).map(y -> quarterEnd(y, List.of("eerste", "tweede", "derde", "vierde").indexOf(m.group(1)) + 1))),
          rule(List.of("q"), "\\bq([1-4])\\s*(?:van\\s+)?(20\\d\\d)",
              (m, letter) -> Optional.of(quarterEnd(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))))),
          rule(List.of("helft"), "\\b(eerste|tweede)\\s+helft" + YEAR,
              (m, letter) -> year(m, 2, letter).map(y -> m.group(1).equals("eerste") ? LocalDate.of(y, 6, 30) : LocalDate.of(y, 12, 31))),
          rule(List.of("jaar", "zomer"), "\\b(?:in\\s+het\\s+|het\\s+|dit\\s+|komend\\s+|komende\\s+|aankomend\\s+|aankomende\\s+|in\\s+de\\s+|deze\\s+)?(voorjaar|zomer|najaar)(?![a-z])" + YEAR,
              (m, letter) -> season(m, letter)),
          rule(List.of("eind"), "\\b(?:voor\\s+|vóór\\s+|tegen\\s+|uiterlijk\\s+)?(?:het\\s+)?(?:eind|einde)\\s+(?:van\\s+)?(?:(20\\d\\d)|(dit\\s+jaar|het\\s+jaar|het\\s+lopende\\s+jaar)|(volgend\\s+jaar|het\\s+komende\\s+jaar))",
              (m, letter) -> year(m, 1, letter).map(y -> LocalDate.of(y, 12, 31))),
          rule(List.of("begin"), "\\bbegin\\s+(?:van\\s+)?(?:(20\\d\\d)|(dit\\s+jaar|het\\s+jaar)|(volgend\\s+jaar|het\\s+nieuwe\\s+jaar|het\\s+komende\\s+jaar))",
              (m, letter) -> year(m, 1, letter).map(y -> LocalDate.of(y, 3, 31))),
          rule(List.of("medio", "halverwege", "midden"), "\\b(?:medio|halverwege|midden)\\s+(?:(20\\d\\d)|(dit\\s+jaar|het\\s+jaar)|(volgend\\s+jaar))",
              (m, letter) -> year(m, 1, letter).map(y -> LocalDate.of(y, 6, 30))),
          rule(List.of("binnen"), "\\bbinnen\\s+(een|één|twee|drie|vier|vijf|zes|acht|tien|twaalf|\\d{1,2})\\s+(dagen|dag|weken|week|maanden|maand)",
              (m, letter) -> Optional.ofNullable(letter).map(d -> plus(d, count(m.group(1)), m.group(2)))),
          rule(List.of("maand"), "\\b(deze|volgende)\\s+maand",
              (m, letter) -> Optional.ofNullable(letter).map(d -> YearMonth.from(d).plusMonths(m.group(1).equals("deze") ? 0 : 1).atEndOfMonth())),
          rule(List.of("20"), "\\b(?:in|voor|vóór|uiterlijk\\s+in|in\\s+de\\s+loop\\s+van|gedurende)\\s+(20\\d\\d)(?![\\d/–-])",
              (m, letter) -> Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31))),
          rule(List.of("dit jaar"), "\\b(?:later|eind)\\s+dit\\s+jaar",
              (m, letter) -> Optional.ofNullable(letter).map(d -> LocalDate.of(d.getYear(), 12, 31))));

  private Deadlines() {}

  /** The due date of the first deadline phrase in the sentence, if it prints one and it can be placed in time. */
  static Optional<LocalDate> in(String sentence, LocalDate letter) {
    String text = Words.singleSpaced(Words.fold(sentence));
    int best = Integer.MAX_VALUE;
    Optional<LocalDate> due = Optional.empty();
    for (Rule rule : RULES) {
      if (!rule.possible(text)) {
        continue;
      }
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (m.start() >= best) {
          break;
        }
        Optional<LocalDate> date = rule.date().apply(m, letter);
        if (date.isPresent()) {
          best = m.start();
          due = date;
          break;
        }
      }
    }
    return due;
  }

  private static Rule rule(List<String> needs, String regex, BiFunction<Matcher, LocalDate, Optional<LocalDate>> date) {
    return new Rule(needs, Pattern.compile(Words.fold(regex)), date);
  }

  private static Optional<LocalDate> day(String day, String month, String year, LocalDate letter) {
    int d = Integer.parseInt(day);
    int mo = MONTHS.indexOf(month) + 1;
    if (d < 1 || d > YearMonth.of(2024, mo).lengthOfMonth()) {
      return Optional.empty();
    }
    if (year != null) {
      return Optional.of(LocalDate.of(Integer.parseInt(year), mo, Math.min(d, YearMonth.of(Integer.parseInt(year), mo).lengthOfMonth())));
    }
    if (letter == null) {
      return Optional.empty();
    }
    LocalDate date = LocalDate.of(letter.getYear(), mo, Math.min(d, YearMonth.of(letter.getYear(), mo).lengthOfMonth()));
    return Optional.of(date.isBefore(letter) ? date.plusYears(1) : date);
  }

  /**
   * "eind maart" is the last day of March, "begin maart" the 10th, "medio maart" the 15th, "voor maart" the last day of
   * February. Without a printed year, a month already past at the letter's date is next year's.
   */
  private static Optional<LocalDate> month(String when, String month, Matcher m, int yearGroup, LocalDate letter) {
    int mo = MONTHS.indexOf(month) + 1;
    boolean printed = m.group(yearGroup) != null || m.group(yearGroup + 1) != null || m.group(yearGroup + 2) != null;
    return year(m, yearGroup, letter).map(y -> {
      LocalDate date = at(when, YearMonth.of(y, mo));
      if (!printed && letter != null && YearMonth.of(y, mo).isBefore(YearMonth.from(letter))) {
        date = at(when, YearMonth.of(y + 1, mo));
      }
      return date;
    });
  }

  private static LocalDate at(String when, YearMonth month) {
    String w = when.replaceAll("\\s+van$", "");
    return switch (w) {
      case "begin" -> month.atDay(10);
      case "medio", "half", "halverwege", "midden" -> month.atDay(15);
      case "voor" -> month.atDay(1).minusDays(1);
      default -> month.atEndOfMonth();
    };
  }

  /** The year named by groups (explicit, this year, next year) starting at the given group; this year when none. */
  private static Optional<Integer> year(Matcher m, int first, LocalDate letter) {
    if (m.group(first) != null) {
      return Optional.of(Integer.parseInt(m.group(first)));
    }
    if (letter == null) {
      return Optional.empty();
    }
    if (m.group(first + 2) != null) {
      return Optional.of(letter.getYear() + 1);
    }
    return Optional.of(letter.getYear());
  }

  private static Optional<Integer> yearOf(String printed, LocalDate letter) {
    if (printed != null) {
      return Optional.of(Integer.parseInt(printed));
    }
    return Optional.ofNullable(letter).map(LocalDate::getYear);
  }

  /** A yearly date already past at the letter's date means next year's (only when the year was not printed). */
  private static LocalDate later(LocalDate date, LocalDate letter, java.util.function.Function<Integer, LocalDate> ofYear) {
    if (letter != null && date.getYear() == letter.getYear() && date.isBefore(letter)) {
      return ofYear.apply(date.getYear() + 1);
    }
    return date;
  }

  private static Optional<LocalDate> season(Matcher m, LocalDate letter) {
    Optional<Integer> year = year(m, 2, letter);
    String season = m.group(1);
    return year.map(y -> switch (season) {
      case "voorjaar" -> LocalDate.of(y, 5, 31);
      case "zomer" -> LocalDate.of(y, 8, 31);
      default -> LocalDate.of(y, 11, 30);
    }).map(d -> m.group(2) == null && m.group(4) == null ? later(d, letter, y -> d.withYear(y)) : d);
  }

  static LocalDate summerRecess(int year) {
    LocalDate known = SUMMER_RECESS.get(year);
    return known != null ? known : LocalDate.of(year, 7, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
  }

  /** The Christmas recess starts on the Friday between 18 and 24 December (2022 to 2025 all did). */
  static LocalDate christmasRecess(int year) {
    return LocalDate.of(year, 12, 18).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
  }

  /** Prinsjesdag is the third Tuesday of September. */
  static LocalDate prinsjesdag(int year) {
    return LocalDate.of(year, 9, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.TUESDAY));
  }

  private static LocalDate quarterEnd(int year, int quarter) {
    return YearMonth.of(year, quarter * 3).atEndOfMonth();
  }

  private static int count(String word) {
    return switch (word) {
      case "een", "één" -> 1;
      case "twee" -> 2;
      case "drie" -> 3;
      case "vier" -> 4;
      case "vijf" -> 5;
      case "zes" -> 6;
      case "acht" -> 8;
      case "tien" -> 10;
      case "twaalf" -> 12;
      default -> Integer.parseInt(word);
    };
  }

  private static LocalDate plus(LocalDate from, int n, String unit) {
    return unit.startsWith("dag") ? from.plusDays(n) : unit.startsWith("we") ? from.plusWeeks(n) : from.plusMonths(n);
  }
}
