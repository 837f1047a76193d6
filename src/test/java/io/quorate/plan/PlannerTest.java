package io.quorate.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorate.calendar.WorkingDays;
import io.quorate.io.InputLoader;
import io.quorate.model.Board;
import io.quorate.model.Corpus;
import io.quorate.model.Meeting;
import io.quorate.model.MeetingType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {
  static final Planner PLANNER = new Planner(WorkingDays.builtIn());

  static MeetingPlan hwb29May2013() {
    Corpus c = InputLoader.load(List.of(Path.of("examples/kent-hwb-2013")));
    Meeting m = c.meetings().stream().filter(x -> x.date().equals(LocalDate.of(2013, 5, 29))).findFirst().orElseThrow();
    return PLANNER.plan(c.boards().get(0), m, c.meetings());
  }

  static Deadline get(MeetingPlan p, String key) {
    return p.deadlines().stream().filter(d -> d.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no deadline " + key + " in " + p.deadlines()));
  }

  @Test
  void kentHwb29May2013() {
    MeetingPlan p = hwb29May2013();
    assertThat(p.deadlines()).extracting(Deadline::key).containsExactly(
        "member-items", "notice", "papers", "substitutions", "minutes-circulated", "minutes-approved");

    Deadline notice = get(p, "notice");
    assertThat(notice.date()).isEqualTo(LocalDate.of(2013, 5, 20));
    assertThat(notice.when()).isEqualTo("Mon 20 May 2013");
    assertThat(notice.rule()).isEqualTo("notice-period");
    assertThat(notice.source().clause()).isEqualTo("Procedure Rules, 4. Meeting Administration, third bullet");
    assertThat(notice.catalogueDefault()).isFalse();
    assertThat(notice.days()).isEqualTo(5);
    assertThat(notice.span().countedText()).isEqualTo("Tue 21, Wed 22, Thu 23, Fri 24 and Tue 28 May 2013");
    assertThat(notice.span().skippedText()).isEqualTo("Sat 25 and Sun 26 May (weekend); Mon 27 May 2013 (Spring bank holiday)");
    assertThat(notice.counting()).contains("5 clear working days before the meeting on Wed 29 May 2013")
        .contains("Mon 27 May 2013 (Spring bank holiday)");
    assertThat(notice.checks()).singleElement().satisfies(c -> {
      assertThat(c.what()).isEqualTo("notice sent");
      assertThat(c.status()).isEqualTo(Status.MET);
      assertThat(c.detail()).isEqualTo("5 clear working days before the meeting, on the last day");
    });
    assertThat(notice.status()).isEqualTo(Status.MET);

    Deadline papers = get(p, "papers");
    assertThat(papers.date()).isEqualTo(LocalDate.of(2013, 5, 20));
    assertThat(papers.rule()).isEqualTo("papers-period");
    assertThat(papers.status()).isEqualTo(Status.MET);

    Deadline items = get(p, "member-items");
    assertThat(items.date()).isEqualTo(LocalDate.of(2013, 5, 14));
    assertThat(items.when()).isEqualTo("Tue 14 May 2013");
    assertThat(items.days()).isEqualTo(9);
    assertThat(items.rule()).isEqualTo("member-item-notice");
    assertThat(items.span().count()).isEqualTo(9);
    assertThat(items.span().skippedText()).contains("Mon 27 May 2013 (Spring bank holiday)");
    assertThat(items.alternative()).startsWith("Wed 15 May 2013 on the literal reading");
    assertThat(items.status()).isEqualTo(Status.OPEN);

    Deadline subs = get(p, "substitutions");
    assertThat(subs.date()).isEqualTo(LocalDate.of(2013, 5, 20));
    assertThat(subs.days()).isEqualTo(5);
    assertThat(subs.rule()).isEqualTo("substitution-notice");
    assertThat(subs.span().skippedText()).contains("Mon 27 May 2013 (Spring bank holiday)");
    assertThat(subs.alternative()).startsWith("Tue 21 May 2013 on the literal reading");
    assertThat(subs.checks()).hasSize(7).allMatch(c -> c.status() == Status.MET);
    assertThat(subs.status()).isEqualTo(Status.MET);

    // the next meeting (17 Jul 2013) is in the same folder
    assertThat(get(p, "minutes-approved").date()).isEqualTo(LocalDate.of(2013, 7, 17));
    assertThat(get(p, "minutes-circulated").date()).isEqualTo(LocalDate.of(2013, 7, 16));
  }

  @Test
  void defaultedRulesCiteTheSeedClause() {
    MeetingPlan p = hwb29May2013();
    Deadline items = get(p, "member-items");
    if (items.catalogueDefault()) {
      assertThat(items.source().document()).isEqualTo("002_968f3d213a795f1d.txt");
      assertThat(items.source().clause()).isEqualTo("Procedure Rules, 5. Agenda, third bullet");
      assertThat(items.source().quote()).contains("at least nine working days before the meeting");
    }
    Deadline subs = get(p, "substitutions");
    if (subs.catalogueDefault()) {
      assertThat(subs.source().quote()).contains("at least five working days prior to the meeting");
    }
  }

  @Test
  void missedAndAmbiguousDatesAreMarked() {
    Corpus c = InputLoader.load(List.of(Path.of("examples/kent-hwb-2013")));
    Board b = c.boards().get(0);
    Meeting m = c.meetings().stream().filter(x -> x.date().equals(LocalDate.of(2013, 5, 29))).findFirst().orElseThrow();
    Meeting late = new Meeting(m.id(), m.board(), m.date(), m.type(), LocalDate.of(2013, 5, 21), null,
        LocalDate.of(2013, 5, 21), null, m.business(), null, m.agenda(), m.memberRequests(), m.attendance(), m.presiding(),
        null, m.interests(), m.votes(), null, m.where(), null);
    MeetingPlan p = PLANNER.plan(b, late, List.of(late));
    assertThat(get(p, "notice").status()).isEqualTo(Status.MISSED);
    assertThat(get(p, "notice").checks().get(0).detail()).isEqualTo("4 clear working days before the meeting; 5 required");
    assertThat(get(p, "minutes-approved").date()).isNull();
    assertThat(get(p, "minutes-approved").when()).isEqualTo("at the next meeting");
  }

  @Test
  void requisitionReceivedOnMaundyThursday2014() {
    Corpus c = InputLoader.load(List.of(Path.of("examples/kent-hwb-2013/board.yaml")));
    Board b = c.boards().get(0);
    Meeting m = Planner.proposed(b, LocalDate.of(2014, 4, 29), MeetingType.REQUISITIONED, LocalDate.of(2014, 4, 17));
    MeetingPlan p = PLANNER.plan(b, m, List.of());
    Deadline r = get(p, "requisition");
    assertThat(r.date()).isEqualTo(LocalDate.of(2014, 4, 28));
    assertThat(r.when()).isEqualTo("Mon 28 Apr 2014");
    assertThat(r.rule()).isEqualTo("requisition-deadline");
    assertThat(r.span().countedText()).isEqualTo("Tue 22, Wed 23, Thu 24, Fri 25 and Mon 28 Apr 2014");
    assertThat(r.span().skippedText()).isEqualTo(
        "Fri 18 Apr (Good Friday); Sat 19 and Sun 20 Apr (weekend); Mon 21 Apr (Easter Monday); Sat 26 and Sun 27 Apr 2014 (weekend)");
    assertThat(r.checks()).singleElement().extracting(Check::status).isEqualTo(Status.AMBIGUOUS);
    // a requisitioned meeting has no notice-period deadline (ordinary meetings only), nor member items
    assertThat(p.deadlines()).extracting(Deadline::key).doesNotContain("notice", "member-items");
    assertThat(p.notes()).anyMatch(n -> n.startsWith("notice-period:"));
  }

  @Test
  void soipForCouncil10Dec2015() {
    Corpus c = InputLoader.load(List.of(Path.of("examples/soip-2015/panel.yaml")));
    MeetingPlan p = PLANNER.plan(c.panels().get(0));
    Deadline d = get(p, "establish");
    assertThat(d.date()).isEqualTo(LocalDate.of(2015, 11, 11));
    assertThat(d.when()).isEqualTo("Wed 11 Nov 2015");
    assertThat(d.rule()).isEqualTo("panel-lead-time");
    assertThat(d.days()).isEqualTo(20);
    assertThat(d.span().count()).isEqualTo(20);
    assertThat(d.alternative()).startsWith("Thu 12 Nov 2015 on the literal reading");
    assertThat(d.status()).isEqualTo(Status.MET);
    assertThat(p.kind()).isEqualTo("panel");
    assertThat(p.date()).isEqualTo(LocalDate.of(2015, 12, 10));
  }
}
