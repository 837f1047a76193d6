package io.quorate.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days strictly between {@code from} and {@code to}, classified, with the number of working
 * days among them. Built by {@link WorkingDays#span}; explains a clear-working-days count in the
 * form of legal-semantics.md §6 (counted days, skipped days with reasons).
 *
 * @param from the excluded start day (e.g. dispatch)
 * @param to the excluded end day (e.g. meeting)
 * @param days every calendar day d with from &lt; d &lt; to, in order
 * @param count the number of working days in {@code days} (= clear working days)
 */
public record Span(LocalDate from, LocalDate to, List<Day> days, int count) {

  public Span {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    days = List.copyOf(days);
    long working = days.stream().filter(Day::isWorkingDay).count();
    if (count != working) {
      throw new IllegalArgumentException("count " + count + " but " + working + " working days");
    }
  }

  /** The working days, i.e. the days that count, in order. */
  public List<Day> counted() {
    return days.stream().filter(Day::isWorkingDay).toList();
  }

  /** The weekend days and bank holidays, in order. */
  public List<Day> skipped() {
    return days.stream().filter(d -> !d.isWorkingDay()).toList();
  }

  /**
   * The counted days for a clerk, e.g. "Tue 21, Wed 22, Thu 23, Fri 24 and Tue 28 May 2013"; across
   * months "Fri 27, Mon 30 Nov, Tue 1 and Wed 2 Dec 2015"; "none" when empty.
   */
  public String countedText() {
    List<LocalDate> dates = counted().stream().map(Day::date).toList();
    return dates.isEmpty() ? "none" : joinDates(dates, null);
  }

  /**
   * The skipped days with reasons, e.g. "Sat 25 and Sun 26 May (weekend); Mon 27 May 2013 (Spring
   * bank holiday)". Each run of consecutive days with the same reason (a weekend, one holiday) is
   * one group; groups are separated by "; " and the year follows the last group of each year.
   * "none" when empty.
   */
  public String skippedText() {
    List<List<Day>> groups = new ArrayList<>();
    Day previous = null;
    for (Day day : skipped()) {
      boolean sameGroup =
          previous != null
              && previous.date().plusDays(1).equals(day.date())
              && reason(previous).equals(reason(day));
      if (!sameGroup) {
        groups.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(day);
      previous = day;
    }
    if (groups.isEmpty()) {
      return "none";
    }
    StringBuilder text = new StringBuilder();
    for (int g = 0; g < groups.size(); g++) {
      List<Day> group = groups.get(g);
      LocalDate nextGroupStart = g + 1 < groups.size() ? groups.get(g + 1).get(0).date() : null;
      if (g > 0) {
        text.append("; ");
      }
      text.append(joinDates(group.stream().map(Day::date).toList(), nextGroupStart))
          .append(" (")
          .append(reason(group.get(0)))
          .append(')');
    }
    return text.toString();
  }

  private static String reason(Day day) {
    return day.kind() == DayKind.BANK_HOLIDAY ? day.holiday() : "weekend";
  }

  /**
   * "Tue 21, Wed 22 and Tue 28 May 2013": the month follows the last date of each month, the year
   * the last date of each year. {@code following} is the first date printed after this list (null
   * if none); the year is left off when it continues in the same year.
   */
  private static String joinDates(List<LocalDate> dates, LocalDate following) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < dates.size(); i++) {
      LocalDate d = dates.get(i);
      boolean last = i == dates.size() - 1;
      LocalDate next = last ? following : dates.get(i + 1);
      if (i > 0) {
        text.append(last ? " and " : ", ");
      }
      text.append(Dates.weekdayAndDay(d));
      boolean monthEnds =
          last || next.getMonthValue() != d.getMonthValue() || next.getYear() != d.getYear();
      if (monthEnds) {
        text.append(' ').append(Dates.month(d));
      }
      if (next == null || next.getYear() != d.getYear()) {
        text.append(' ').append(d.getYear());
      }
    }
    return text.toString();
  }
}
