package io.quorate.engine;

import io.quorate.calendar.Dates;
import io.quorate.engine.ProcedureFacts.AbsenceRun;
import io.quorate.engine.ProcedureFacts.CategoryCount;
import io.quorate.engine.ProcedureFacts.ChairTerm;
import io.quorate.engine.ProcedureFacts.GroupSize;
import io.quorate.engine.ProcedureFacts.MeetingGap;
import io.quorate.engine.ProcedureFacts.MinutesNext;
import io.quorate.engine.ProcedureFacts.QuarterCount;
import io.quorate.model.AgendaItem;
import io.quorate.model.Attendance;
import io.quorate.model.Board;
import io.quorate.model.Loc;
import io.quorate.model.Meeting;
import io.quorate.model.MeetingType;
import io.quorate.model.Member;
import io.quorate.model.Period;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Facts across all the meetings of a board given on the command line, in date order whatever the
 * file order: the chair's term of office, the minutes chain, meeting frequency and non-attendance
 * (these two only inside the audit window), and the board's membership.
 */
final class BoardSeriesDeriver implements Deriver {
  @Override
  public void derive(Context ctx, Consumer<Object> facts) {
    Map<String, List<Meeting>> byBoard = new LinkedHashMap<>();
    for (Meeting m : ctx.corpus().meetings()) byBoard.computeIfAbsent(m.board(), k -> new ArrayList<>()).add(m);
    for (Board b : ctx.corpus().boards()) {
      List<Meeting> ms = new ArrayList<>(byBoard.getOrDefault(b.id(), List.of()));
      ms.sort(Comparator.comparing(Meeting::date).thenComparing(Meeting::id));
      ctx.config(b.id(), "chair-term").ifPresent(rc -> chairTerms(b, "first".equals(rc.word("election-at", "first-ordinary"))
          ? ms : ms.stream().filter(m -> m.type() == MeetingType.ORDINARY).toList(), rc.word("term-ends", "04-01"), facts));
      ctx.config(b.id(), "minutes-approval").ifPresent(rc ->
          minutes(b, ms, rc.word("minutes-approved-at", "next-ordinary"), facts));
      Period w = ctx.window(b);
      if (w != null) {
        List<Meeting> inWindow = ms.stream().filter(m -> w.contains(m.date())).toList();
        if (ctx.applies(b.id(), "meeting-frequency")) frequency(b, inWindow, w, facts);
        ctx.config(b.id(), "non-attendance").ifPresent(rc ->
            absences(b, inWindow, !"false".equals(rc.word("substitute-attends", "true")), facts));
      }
      if (ctx.applies(b.id(), "membership-group-cap")) groups(b, facts);
      ctx.config(b.id(), "membership-required").ifPresent(rc -> categories(b, rc, facts));
    }
  }

  static void chairTerms(Board b, List<Meeting> ms, String termEnds, Consumer<Object> facts) {
    if (ms.isEmpty()) return;
    MonthDay end = Dates.parseMonthDay("--" + termEnds);
    int first = ms.get(0).date().getYear() - 1;
    int last = ms.get(ms.size() - 1).date().getYear();
    for (int y = first; y <= last; y++) {
      LocalDate ended = end.atYear(y);
      LocalDate nextEnd = end.atYear(y + 1);
      Meeting m = ms.stream().filter(x -> x.date().isAfter(ended) && !x.date().isAfter(nextEnd)).findFirst().orElse(null);
      if (m == null || m.agenda().isEmpty()) continue;
      if (b.established() != null && ended.isBefore(b.established().minusDays(1))) continue;
      Integer election = null;
      for (AgendaItem a : m.agenda()) {
        if ("election".equals(a.kind()) && (a.title() == null || a.title().toLowerCase(Locale.ROOT).contains("chair"))) {
          election = a.item();
          break;
        }
      }
      boolean elsewhere = b.chairElected() != null && b.chairElected().isAfter(ended) && b.chairElected().isBefore(m.date());
      String asChair = null;
      Integer from = null;
      for (Meeting.Presiding p : m.presiding()) {
        if ("chair".equals(p.as())) {
          asChair = p.member();
          from = p.fromItem();
          break;
        }
      }
      facts.accept(new ChairTerm(b.id(), ended, m.id(), m.date(), election, elsewhere, asChair, from,
          m.where().at("agenda")));
    }
  }

  static void minutes(Board b, List<Meeting> ms, String approvedAt, Consumer<Object> facts) {
    for (int i = 0; i < ms.size(); i++) {
      Meeting m = ms.get(i);
      Meeting next = null;
      for (int j = i + 1; j < ms.size() && next == null; j++) {
        Meeting c = ms.get(j);
        // next-ordinary (the default) skips special meetings; next and next-meeting (the County
        // Council profile's word) take the very next meeting
        if (c.date().isAfter(m.date()) && (!"next-ordinary".equals(approvedAt) || c.type() == MeetingType.ORDINARY)) next = c;
      }
      if (next == null) continue;
      Boolean item = next.agenda().isEmpty() ? null : next.agenda().stream().anyMatch(a -> "minutes".equals(a.kind()));
      String presiding = next.presidingAtStart();
      if (presiding == null && b.chair() != null && next.attendance().present().contains(b.chair())) presiding = b.chair();
      Meeting.Minutes mi = m.minutes();
      Loc loc = mi == null ? m.where().self() : mi.where().self();
      facts.accept(new MinutesNext(b.id(), m.id(), m.date(), next.id(), next.date(), item,
          mi == null ? null : mi.circulated(), mi == null ? null : mi.approvedAt(), mi == null ? null : mi.signedBy(),
          presiding, loc, next.where().at("agenda")));
    }
  }

  static void frequency(Board b, List<Meeting> ms, Period w, Consumer<Object> facts) {
    LocalDate q = LocalDate.of(w.from().getYear(), ((w.from().getMonthValue() - 1) / 3) * 3 + 1, 1);
    if (q.isBefore(w.from())) q = q.plusMonths(3);
    for (; !q.plusMonths(3).minusDays(1).isAfter(w.to()); q = q.plusMonths(3)) {
      Period quarter = new Period(q, q.plusMonths(3).minusDays(1));
      int n = (int) ms.stream().filter(m -> quarter.contains(m.date())).count();
      String label = month(q) + "-" + month(quarter.to()) + " " + q.getYear();
      facts.accept(new QuarterCount(b.id(), quarter, label, n, b.where().at("audit")));
    }
    for (int i = 1; i < ms.size(); i++) {
      facts.accept(new MeetingGap(b.id(), ms.get(i).id(), ms.get(i - 1).date(), ms.get(i).date(), ms.get(i).where().at("date")));
    }
  }

  private static String month(LocalDate d) {
    return Dates.month(d); // "Sep", as the papers write it (Locale.UK's CLDR data says "Sept")
  }

  static void absences(Board b, List<Meeting> ms, boolean substituteAttends, Consumer<Object> facts) {
    List<Meeting> recorded = ms.stream().filter(m -> !m.attendance().present().isEmpty()).toList();
    for (Member mem : b.members()) {
      List<LocalDate> run = new ArrayList<>();
      Meeting lastOfRun = null;
      for (Meeting m : recorded) {
        Attendance at = m.attendance();
        boolean present = at.present().contains(mem.id())
            || (substituteAttends && at.substitutes().stream().anyMatch(s -> s.forMember().equals(mem.id())));
        boolean excused = at.apologies().stream().anyMatch(a -> a.member().equals(mem.id())
            && ((a.reason() != null && !a.reason().isBlank()) || Boolean.TRUE.equals(a.consent())));
        if (!present && !excused) {
          run.add(m.date());
          lastOfRun = m;
        } else {
          emit(b, mem, run, lastOfRun, facts);
          run = new ArrayList<>();
        }
      }
      emit(b, mem, run, lastOfRun, facts);
    }
  }

  private static void emit(Board b, Member mem, List<LocalDate> run, Meeting last, Consumer<Object> facts) {
    if (run.isEmpty()) return;
    Loc loc = last.attendance().where().at("apologies");
    facts.accept(new AbsenceRun(b.id(), mem.id(), mem.label(), List.copyOf(run), loc));
  }

  static void groups(Board b, Consumer<Object> facts) {
    Map<String, List<Member>> groups = new LinkedHashMap<>();
    for (Member m : b.members()) {
      if (m.votingGroup() != null) groups.computeIfAbsent(m.votingGroup(), k -> new ArrayList<>()).add(m);
    }
    groups.forEach((g, list) -> facts.accept(new GroupSize(b.id(), g, list.size(),
        String.join(", ", list.stream().map(Member::id).toList()), list.get(list.size() - 1).where().at("voting-group"))));
  }

  static void categories(Board b, RuleConfig rc, Consumer<Object> facts) {
    Object v = rc.params().get("required-categories");
    if (!(v instanceof List<?> required)) return;
    for (Object c : required) {
      String cat = String.valueOf(c);
      int n = (int) b.members().stream().filter(m -> m.categories().contains(cat)).count();
      facts.accept(new CategoryCount(b.id(), cat, n, b.where().at("members")));
    }
  }
}
