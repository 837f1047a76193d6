package io.quorate.engine;

import io.quorate.calendar.Dates;
import io.quorate.engine.BodyFacts.ChairFacts;
import io.quorate.engine.BodyFacts.EmptyBlock;
import io.quorate.engine.BodyFacts.ExcludedMember;
import io.quorate.engine.BodyFacts.MinutesDue;
import io.quorate.engine.BodyFacts.MissingCategory;
import io.quorate.engine.BodyFacts.PlanYear;
import io.quorate.model.Board;
import io.quorate.model.Meeting;
import io.quorate.model.Member;
import io.quorate.model.Period;
import io.quorate.model.Report;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Facts for sub-groups and partnership boards (the Children's Operational Groups, the 2011 Children's
 * Trust board): meetings per block of the cycle, minutes sent to the parent board, annual plans, who
 * appointed the chair, and the membership categories filled. Each part runs only when the body's
 * profile sets the parameter it reads, so boards of other profiles are untouched.
 */
final class CogDeriver implements Deriver {
  @Override
  public void derive(Context ctx, Consumer<Object> facts) {
    for (Board b : ctx.corpus().boards()) {
      ctx.config(b.id(), "meeting-frequency").filter(rc -> rc.params().containsKey("meetings-every-months"))
          .ifPresent(rc -> blocks(ctx, b, rc, facts));
      ctx.config(b.id(), "minutes-to-parent").ifPresent(rc -> minutesToParent(ctx, b, facts));
      ctx.config(b.id(), "annual-plan-approval").ifPresent(rc -> plans(ctx, b, rc, facts));
      ctx.config(b.id(), "chair-appointment").filter(rc -> rc.params().containsKey("chair-appointer"))
          .ifPresent(rc -> chair(ctx, b, facts));
      ctx.config(b.id(), "membership-required").filter(rc -> rc.params().containsKey("required-member-categories"))
          .ifPresent(rc -> categories(b, rc, facts));
      ctx.config(b.id(), "commissioners-only").ifPresent(rc -> excluded(b, rc, facts));
    }
  }

  private static List<Meeting> meetingsOf(Context ctx, String board) {
    return ctx.corpus().meetings().stream().filter(m -> board.equals(m.board()))
        .sorted((x, y) -> x.date().compareTo(y.date())).toList();
  }

  /** Each whole block of N months inside the audit window, aligned to {@code blocks-start}. */
  static void blocks(Context ctx, Board b, RuleConfig rc, Consumer<Object> facts) {
    Period window = ctx.window(b);
    if (window == null) return; // ReportingDeriver reports the missing window
    int months = rc.intParam("meetings-every-months");
    MonthDay start = Dates.parseMonthDay("--" + rc.word("blocks-start", "04-01"));
    LocalDate from = start.atYear(window.from().getYear() - 1);
    while (from.isBefore(window.from())) from = from.plusMonths(months);
    List<LocalDate> dates = meetingsOf(ctx, b.id()).stream().map(Meeting::date).toList();
    for (; !from.plusMonths(months).minusDays(1).isAfter(window.to()); from = from.plusMonths(months)) {
      Period block = new Period(from, from.plusMonths(months).minusDays(1));
      if (dates.stream().anyMatch(block::contains)) continue;
      LocalDate f = from;
      LocalDate before = dates.stream().filter(d -> d.isBefore(f)).reduce((x, y) -> y).orElse(null);
      LocalDate after = dates.stream().filter(d -> d.isAfter(block.to())).findFirst().orElse(null);
      facts.accept(new EmptyBlock(b.id(), block, months, before, after,
          b.where().at(b.audit() != null ? "audit" : "id")));
    }
  }

  /**
   * The minutes of each meeting are due at the parent board's following meeting; when that meeting
   * is fewer than five clear working days later, at the one after (catalogue R62).
   */
  static void minutesToParent(Context ctx, Board b, Consumer<Object> facts) {
    if (b.parent() == null || ctx.board(b.parent()) == null) return;
    List<Meeting> parent = meetingsOf(ctx, b.parent());
    for (Meeting m : meetingsOf(ctx, b.id())) {
      List<Meeting> after = parent.stream().filter(p -> p.date().isAfter(m.date())).toList();
      if (after.isEmpty()) continue;
      LocalDate following = after.get(0).date();
      LocalDate due = following;
      if (ctx.calendar().clearWorkingDays(m.date(), following) < 5) {
        if (after.size() < 2) continue;
        due = after.get(1).date();
      }
      LocalDate made = m.minutes() == null ? null : m.minutes().madeAvailableAt();
      var loc = m.minutes() == null ? m.where().at("date") : m.minutes().where().at("made-available-at");
      facts.accept(new MinutesDue(m.id(), b.id(), b.parent(), m.date(), following, due, made, loc));
    }
  }

  /** Annual plans per year of the audit window, and how many the parent board approved. */
  static void plans(Context ctx, Board b, RuleConfig rc, Consumer<Object> facts) {
    Period window = ctx.window(b);
    if (window == null || b.parent() == null) return;
    MonthDay start = Dates.parseMonthDay("--" + rc.word("plan-year-start", "04-01"));
    LocalDate from = start.atYear(window.from().getYear());
    if (from.isBefore(window.from())) from = from.plusYears(1);
    for (; !from.plusYears(1).minusDays(1).isAfter(window.to()); from = from.plusYears(1)) {
      Period year = new Period(from, from.plusYears(1).minusDays(1));
      List<Report> plans = ctx.corpus().reports().stream()
          .filter(r -> b.id().equals(r.from()) && "annual-plan".equals(r.reportType()) && year.contains(r.date()))
          .toList();
      int approved = (int) plans.stream().filter(r -> b.parent().equals(r.approvedBy()) && r.approved() != null).count();
      String text = plans.isEmpty() ? "no annual plan recorded" : String.join("; ", plans.stream()
          .map(r -> "plan of " + BodyFacts.date(r.date()) + (r.approvedBy() == null ? " not recorded as approved"
              : " approved by " + r.approvedBy() + (r.approved() == null ? " (no date)" : " on " + BodyFacts.date(r.approved()))))
          .toList());
      facts.accept(new PlanYear(b.id(), b.parent(), year, approved, text, b.where().at("parent")));
    }
  }

  static void chair(Context ctx, Board b, Consumer<Object> facts) {
    if (b.chair() == null) return;
    Member chair = b.member(b.chair()).orElse(null);
    String name = chair != null && chair.name() != null ? chair.name() : b.chair();
    Board parent = b.parent() == null ? null : ctx.board(b.parent());
    boolean on = parent != null && parent.members().stream().anyMatch(pm -> pm.id().equals(b.chair())
        || (chair != null && chair.name() != null && chair.name().equalsIgnoreCase(pm.name())));
    facts.accept(new ChairFacts(b.id(), b.chair(), name, b.chairAppointedBy(), b.parent(), parent != null, on,
        b.where().at("chair-appointed-by"), b.where().at("chair")));
  }

  @SuppressWarnings("unchecked")
  static List<String> list(RuleConfig rc, String name) {
    Object v = rc.param(name);
    return v instanceof List<?> l ? (List<String>) l : List.of(v.toString());
  }

  static void categories(Board b, RuleConfig rc, Consumer<Object> facts) {
    for (String c : list(rc, "required-member-categories")) {
      boolean filled = b.members().stream().anyMatch(m -> m.categories().contains(c));
      if (!filled) facts.accept(new MissingCategory(b.id(), c, b.members().size(), b.where().at("members")));
    }
  }

  static void excluded(Board b, RuleConfig rc, Consumer<Object> facts) {
    List<String> out = list(rc, "excluded-member-categories");
    for (Member m : b.members()) {
      for (String c : m.categories()) {
        if (out.contains(c.toLowerCase(Locale.ROOT))) facts.accept(new ExcludedMember(b.id(), m.label(), c, m.where().at("categories")));
      }
    }
  }
}
