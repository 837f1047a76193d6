package io.quorate.engine;

import io.quorate.calendar.Dates;
import io.quorate.model.Board;
import io.quorate.model.Period;
import io.quorate.model.Report;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reports per recipient per reporting year of the audit window; and, for boards with period rules
 * but no window, the fact that those rules cannot run.
 */
final class ReportingDeriver implements Deriver {
  /** Rules that judge a period of records and so need an audit window. */
  static final List<String> PERIOD_RULES = List.of("reporting-duty", "meeting-frequency", "non-attendance");

  @Override
  public void derive(Context ctx, Consumer<Object> facts) {
    for (Board b : ctx.corpus().boards()) {
      Period window = ctx.window(b);
      List<String> periodRules = PERIOD_RULES.stream().filter(r -> ctx.applies(b.id(), r)).toList();
      if (window == null) {
        if (!periodRules.isEmpty()) {
          facts.accept(new Facts.AuditMissing(b.id(), b.where().self(), String.join(", ", periodRules)));
        }
        continue;
      }
      ctx.config(b.id(), "reporting-duty").ifPresent(rc -> reports(b, rc, window, ctx.corpus().reports(), facts));
    }
  }

  /**
   * The board's {@code reports-to:}; when it has none and the profile says {@code default-recipient:
   * parent}, the body it is a sub-committee of ({@code parent:}).
   */
  static List<String> recipients(Board b, RuleConfig rc) {
    if (b.reportsTo().isEmpty() && "parent".equals(rc.word("default-recipient", "")) && b.parent() != null) {
      return List.of(b.parent());
    }
    return b.reportsTo();
  }

  /** Each whole reporting year inside the window (a part year cannot be judged against "a year"). */
  static void reports(Board b, RuleConfig rc, Period window, List<Report> reports, Consumer<Object> facts) {
    MonthDay start = Dates.parseMonthDay("--" + rc.word("year-start", "04-01"));
    LocalDate yearFrom = start.atYear(window.from().getYear());
    if (yearFrom.isBefore(window.from())) yearFrom = yearFrom.plusYears(1);
    for (LocalDate from = yearFrom; !from.plusYears(1).minusDays(1).isAfter(window.to()); from = from.plusYears(1)) {
      Period year = new Period(from, from.plusYears(1).minusDays(1));
      for (String recipient : recipients(b, rc)) {
        List<LocalDate> dates = reports.stream()
            .filter(r -> b.id().equals(r.from()) && r.to().contains(recipient) && year.contains(r.date()))
            .map(Report::date).sorted().toList();
        facts.accept(new Facts.ReportCount(b.id(), recipient, year, dates.size(), dates, b.where().at("reports-to")));
      }
    }
  }
}
