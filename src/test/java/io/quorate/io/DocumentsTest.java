package io.quorate.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorate.model.Board;
import io.quorate.model.Corpus;
import io.quorate.model.Dismissal;
import io.quorate.model.Meeting;
import io.quorate.model.MeetingType;
import io.quorate.model.Panel;
import io.quorate.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every key of input-format.md is read into the model, with its value and position. */
class DocumentsTest {
  @TempDir Path dir;

  static final String BOARD = """
      kind: board
      id: kent-hwb
      name: Kent Health and Wellbeing Board
      profile: kent-hwb-2015
      administered-by: Kent County Council
      parent: kent-county-council
      established: 2013-04-01
      reports-to: [kent-county-council]
      audit: {from: 2014-04-01, to: 2015-03-31}
      seats: 25
      members:
        - id: gough
          name: Roger Gough
          organisation: Kent County Council
          role: Cabinet Member
          elected: true
          statutory: false
          voting-group: null
          categories: [council]
          independent-person: false
        - {id: kumta, name: Dr Navin Kumta, organisation: NHS Ashford CCG, voting-group: ashford-ccg, statutory: yes}
        - {id: carter, party: Conservative, appointed-by: KCC}
        - {id: bowes}
        - {id: armstrong}
        - {id: pinnock}
        - {id: ireland}
        - {id: heath}
        - {id: gibbens}
      chair: gough
      chair-elected: 2013-05-29
      vice-chair: carter
      procedure:
        notice-days: 5
        quorum: 1/3
        late-items: [urgent]
        strict: true
      """;

  static final String MEETING = """
      kind: meeting
      id: kent-hwb-2013-05-29
      board: kent-hwb
      date: 2013-05-29
      type: special
      notice-sent: 2013-05-20
      notice-recipients: [gough, carter]
      papers-sent: 2013-05-21
      convened-by: chair
      business: [Better Care Fund]
      requisition:
        received: 2013-04-17
        signed-by: [bowes, carter]
        business: [Better Care Fund]
      agenda:
        - {item: 1, title: Welcome}
        - {item: 6, title: Minutes, kind: minutes}
        - item: 7
          title: SEN
          decision: true
          papers-sent: 2013-05-23
          late-reason: data released 22 May
          tabled: true
        - item: 12
          title: Pooled budget
          requested-by: ireland
          requested: 2013-05-10
          urgent: {reason: deadline, minuted: true}
      member-requests:
        - {member: bowes, title: GP cover, requested: 2013-05-08}
      attendance:
        present: [gough, armstrong, bowes, carter, kumta]
        apologies:
          - {member: gibbens, notified: 2013-05-20, reason: illness, consent: false}
        substitutes:
          - {for: pinnock, name: Dr Someone, organisation: NHS West Kent CCG, notified: 2013-05-20}
        also-present: [Hazel Carpenter]
      presiding:
        - {from-item: 1, member: gough, as: chair}
        - {from-item: 9, member: carter, as: vice-chair}
      quorum-lost-at: 9
      interests:
        - {member: heath, item: 4, kind: disclosable-pecuniary}
      votes:
        - item: 7
          for: [gough, carter, armstrong]
          against: [bowes, kumta]
          abstain: []
          casting: for
          casting-by: gough
          result: carried
          for-count: 3
          against-count: 2
          abstain-count: 0
      minutes: {circulated: 2013-06-10, approved-at: 2013-07-17, signed-by: gough}
      """;

  static final String OTHERS = """
      kind: report
      id: r1
      from: kent-hwb
      to: [kent-county-council, cabinet]
      date: 2014-06-10
      title: Annual report
      ---
      kind: panel
      id: soip-2015
      profile: soip-2015
      council: kent-county-council
      established: 2015-11-02
      report-to-council: 2015-12-10
      members:
        - {id: ip-kcc, name: A Person, independent-person: true, appointed-by: Kent County Council}
        - {id: ip-kmfra, independent-person: on}
      chair: ip-kcc
      meetings:
        - {date: 2015-11-20, present: [ip-kcc, ip-kmfra]}
      ---
      kind: dismissal
      id: d1
      officer-role: monitoring-officer
      council-seats: 84
      panel: soip-2015
      steps:
        - {step: panel-appointed, date: 2015-11-02}
        - {step: council-decision, date: 2015-12-10}
      council-vote: {for: 56, against: 20, abstain: 3}
      suspension: {from: 2015-09-01, to: 2015-12-11, extended-with-consent: true}
      """;

  Corpus load() throws IOException {
    Path f = dir.resolve("all.yaml");
    Files.writeString(f, BOARD + "---\n" + MEETING + "---\n" + OTHERS, StandardCharsets.UTF_8);
    return InputLoader.load(List.of(f));
  }

  @Test
  void aBoardWithEveryKey() throws IOException {
    Board b = load().boards().get(0);
    assertThat(b.id()).isEqualTo("kent-hwb");
    assertThat(b.name()).isEqualTo("Kent Health and Wellbeing Board");
    assertThat(b.profile()).isEqualTo("kent-hwb-2015");
    assertThat(b.administeredBy()).isEqualTo("Kent County Council");
    assertThat(b.parent()).isEqualTo("kent-county-council");
    assertThat(b.established()).isEqualTo(LocalDate.of(2013, 4, 1));
    assertThat(b.reportsTo()).containsExactly("kent-county-council");
    assertThat(b.audit().from()).isEqualTo(LocalDate.of(2014, 4, 1));
    assertThat(b.audit().to()).isEqualTo(LocalDate.of(2015, 3, 31));
    assertThat(b.seats()).isEqualTo(25);
    assertThat(b.members()).hasSize(9);
    var gough = b.members().get(0);
    assertThat(gough.name()).isEqualTo("Roger Gough");
    assertThat(gough.organisation()).isEqualTo("Kent County Council");
    assertThat(gough.role()).isEqualTo("Cabinet Member");
    assertThat(gough.elected()).isTrue();
    assertThat(gough.statutory()).isFalse();
    assertThat(gough.votingGroup()).isNull();
    assertThat(gough.categories()).containsExactly("council");
    assertThat(gough.independentPerson()).isFalse();
    var kumta = b.members().get(1);
    assertThat(kumta.votingGroup()).isEqualTo("ashford-ccg");
    assertThat(kumta.statutory()).isTrue();
    assertThat(kumta.elected()).isFalse();
    assertThat(b.members().get(2).party()).isEqualTo("Conservative");
    assertThat(b.members().get(2).appointedBy()).isEqualTo("KCC");
    assertThat(b.chair()).isEqualTo("gough");
    assertThat(b.chairElected()).isEqualTo(LocalDate.of(2013, 5, 29));
    assertThat(b.viceChair()).isEqualTo("carter");
    assertThat(b.procedure()).containsOnlyKeys("notice-days", "quorum", "late-items", "strict");
    assertThat(b.procedure().get("notice-days").value()).isEqualTo(5);
    assertThat(b.procedure().get("quorum").value()).isEqualTo("1/3");
    assertThat(b.procedure().get("late-items").value()).isEqualTo(List.of("urgent"));
    assertThat(b.procedure().get("strict").value()).isEqualTo(true);
    assertThat(b.procedure().get("notice-days").loc().line()).isEqualTo(33);
    assertThat(b.procedure().get("notice-days").loc().column()).isEqualTo(16);
  }

  @Test
  void aMeetingWithEveryKey() throws IOException {
    Meeting m = load().meetings().get(0);
    assertThat(m.id()).isEqualTo("kent-hwb-2013-05-29");
    assertThat(m.board()).isEqualTo("kent-hwb");
    assertThat(m.date()).isEqualTo(LocalDate.of(2013, 5, 29));
    assertThat(m.type()).isEqualTo(MeetingType.SPECIAL);
    assertThat(m.noticeSent()).isEqualTo(LocalDate.of(2013, 5, 20));
    assertThat(m.noticeRecipients()).containsExactly("gough", "carter");
    assertThat(m.papersSent()).isEqualTo(LocalDate.of(2013, 5, 21));
    assertThat(m.convenedBy()).isEqualTo("chair");
    assertThat(m.business()).containsExactly("Better Care Fund");
    assertThat(m.requisition().received()).isEqualTo(LocalDate.of(2013, 4, 17));
    assertThat(m.requisition().signedBy()).containsExactly("bowes", "carter");
    assertThat(m.requisition().business()).containsExactly("Better Care Fund");
    assertThat(m.agenda()).extracting(a -> a.item()).containsExactly(1, 6, 7, 12);
    assertThat(m.agenda().get(1).kind()).isEqualTo("minutes");
    var seven = m.agenda().get(2);
    assertThat(seven.title()).isEqualTo("SEN");
    assertThat(seven.decision()).isTrue();
    assertThat(seven.papersSent()).isEqualTo(LocalDate.of(2013, 5, 23));
    assertThat(seven.lateReason()).isEqualTo("data released 22 May");
    assertThat(seven.tabled()).isTrue();
    assertThat(m.agenda().get(0).decision()).isFalse();
    assertThat(m.agenda().get(0).tabled()).isFalse();
    var twelve = m.agenda().get(3);
    assertThat(twelve.requestedBy()).isEqualTo("ireland");
    assertThat(twelve.requested()).isEqualTo(LocalDate.of(2013, 5, 10));
    assertThat(twelve.urgent().reason()).isEqualTo("deadline");
    assertThat(twelve.urgent().minuted()).isTrue();
    assertThat(m.memberRequests()).singleElement().satisfies(r -> {
      assertThat(r.member()).isEqualTo("bowes");
      assertThat(r.title()).isEqualTo("GP cover");
      assertThat(r.requested()).isEqualTo(LocalDate.of(2013, 5, 8));
    });
    var at = m.attendance();
    assertThat(at.present()).containsExactly("gough", "armstrong", "bowes", "carter", "kumta");
    assertThat(at.apologies()).singleElement().satisfies(a -> {
      assertThat(a.member()).isEqualTo("gibbens");
      assertThat(a.notified()).isEqualTo(LocalDate.of(2013, 5, 20));
      assertThat(a.reason()).isEqualTo("illness");
      assertThat(a.consent()).isFalse();
    });
    assertThat(at.substitutes()).singleElement().satisfies(s -> {
      assertThat(s.forMember()).isEqualTo("pinnock");
      assertThat(s.name()).isEqualTo("Dr Someone");
      assertThat(s.organisation()).isEqualTo("NHS West Kent CCG");
      assertThat(s.notified()).isEqualTo(LocalDate.of(2013, 5, 20));
    });
    assertThat(at.alsoPresent()).containsExactly("Hazel Carpenter");
    assertThat(m.presiding()).extracting(p -> p.fromItem() + " " + p.member() + " " + p.as())
        .containsExactly("1 gough chair", "9 carter vice-chair");
    assertThat(m.quorumLostAt()).isEqualTo(9);
    assertThat(m.interests()).singleElement().satisfies(i -> {
      assertThat(i.member()).isEqualTo("heath");
      assertThat(i.item()).isEqualTo(4);
      assertThat(i.kind()).isEqualTo("disclosable-pecuniary");
    });
    assertThat(m.votes()).singleElement().satisfies(v -> {
      assertThat(v.item()).isEqualTo(7);
      assertThat(v.forVotes()).containsExactly("gough", "carter", "armstrong");
      assertThat(v.against()).containsExactly("bowes", "kumta");
      assertThat(v.abstain()).isEmpty();
      assertThat(v.casting()).isEqualTo("for");
      assertThat(v.castingBy()).isEqualTo("gough");
      assertThat(v.result()).isEqualTo("carried");
      assertThat(v.forCount()).isEqualTo(3);
      assertThat(v.againstCount()).isEqualTo(2);
      assertThat(v.abstainCount()).isEqualTo(0);
    });
    assertThat(m.minutes().circulated()).isEqualTo(LocalDate.of(2013, 6, 10));
    assertThat(m.minutes().approvedAt()).isEqualTo(LocalDate.of(2013, 7, 17));
    assertThat(m.minutes().signedBy()).isEqualTo("gough");
    assertThat(m.where().at("quorum-lost-at").line()).isEqualTo(78);
  }

  @Test
  void aReportAPanelAndADismissal() throws IOException {
    Corpus c = load();
    Report r = c.reports().get(0);
    assertThat(r.id()).isEqualTo("r1");
    assertThat(r.from()).isEqualTo("kent-hwb");
    assertThat(r.to()).containsExactly("kent-county-council", "cabinet");
    assertThat(r.date()).isEqualTo(LocalDate.of(2014, 6, 10));
    assertThat(r.title()).isEqualTo("Annual report");
    Panel p = c.panels().get(0);
    assertThat(p.id()).isEqualTo("soip-2015");
    assertThat(p.profile()).isEqualTo("soip-2015");
    assertThat(p.council()).isEqualTo("kent-county-council");
    assertThat(p.established()).isEqualTo(LocalDate.of(2015, 11, 2));
    assertThat(p.reportToCouncil()).isEqualTo(LocalDate.of(2015, 12, 10));
    assertThat(p.members()).extracting(x -> x.id() + " " + x.independentPerson())
        .containsExactly("ip-kcc true", "ip-kmfra true");
    assertThat(p.members().get(0).appointedBy()).isEqualTo("Kent County Council");
    assertThat(p.chair()).isEqualTo("ip-kcc");
    assertThat(p.meetings()).singleElement().satisfies(pm -> {
      assertThat(pm.date()).isEqualTo(LocalDate.of(2015, 11, 20));
      assertThat(pm.present()).containsExactly("ip-kcc", "ip-kmfra");
    });
    Dismissal d = c.dismissals().get(0);
    assertThat(d.id()).isEqualTo("d1");
    assertThat(d.officerRole()).isEqualTo("monitoring-officer");
    assertThat(d.councilSeats()).isEqualTo(84);
    assertThat(d.panel()).isEqualTo("soip-2015");
    assertThat(d.steps()).extracting(s -> s.step() + " " + s.date())
        .containsExactly("panel-appointed 2015-11-02", "council-decision 2015-12-10");
    assertThat(d.councilVote().forVotes()).isEqualTo(56);
    assertThat(d.councilVote().against()).isEqualTo(20);
    assertThat(d.councilVote().abstain()).isEqualTo(3);
    assertThat(d.suspension().from()).isEqualTo(LocalDate.of(2015, 9, 1));
    assertThat(d.suspension().to()).isEqualTo(LocalDate.of(2015, 12, 11));
    assertThat(d.suspension().extendedWithConsent()).isTrue();
  }

  static List<String> problems(Path dir, String text) throws IOException {
    Path f = dir.resolve("x.yaml");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    try {
      InputLoader.load(List.of(f));
    } catch (InputException e) {
      return e.problems().stream().map(p -> p.loc().line() + ":" + p.loc().column() + " " + p.message()).toList();
    }
    return List.of();
  }

  @Test
  void typedGettersRefuseWrongTypes() throws IOException {
    List<String> p = problems(dir, """
        kind: meeting
        board: b
        date: 2013-05-29
        type: extraordinary
        quorum-lost-at: -3
        notice-sent: [2013-05-20]
        agenda:
          - {item: 1, decision: maybe, kind: decison}
          - title: no number
          - just text
        attendance: [gough]
        votes:
          - {item: 99999999999, for: [[a]], casting: sideways}
        minutes: {signed-by: {a: b}}
        """);
    assertThat(p).containsExactly(
        "4:7 `type` in this meeting must be one of ordinary, special, requisitioned, reconvened, not `extraordinary`",
        "5:17 `quorum-lost-at` in this meeting must not be negative (got -3)",
        "6:14 `notice-sent` in this meeting must be a date written YYYY-MM-DD, not a list",
        "8:25 `decision` in an agenda item in `agenda` must be true or false, not `maybe`",
        "8:38 `kind` in an agenda item in `agenda` must be one of minutes, decision, report, election, apologies,"
            + " declarations, other, not `decison`; did you mean `decision`?",
        "9:5 an agenda item needs `item:` (its number)",
        "10:5 an agenda item in `agenda` must be a mapping of `key: value` lines, not `just text`",
        "11:13 `attendance` in this meeting must be a mapping of `key: value` lines, not a list",
        "13:12 `item` in a vote in `votes` must be a whole number of reasonable size, not `99999999999`",
        "13:31 each entry of `for` in a vote in `votes` must be a single value, not a list",
        "13:46 `casting` in a vote in `votes` must be one of for, against, not `sideways`",
        "14:22 `signed-by` in `minutes` in this meeting must be a single value, not a mapping");
  }

  @Test
  void aPeriodThatEndsBeforeItStarts() throws IOException {
    assertThat(problems(dir, "kind: board\nid: b\naudit: {from: 2015-03-31, to: 2014-04-01}\n"))
        .containsExactly("3:31 the period ends (2014-04-01) before it starts (2015-03-31)");
  }

  @Test
  void aDocumentThatIsNotAMappingOrHasNoKind() throws IOException {
    assertThat(problems(dir, "- a\n- b\n")).containsExactly("1:1 a document must be a mapping of `key: value` lines, not a list");
    assertThat(problems(dir, "id: x\n")).containsExactly(
        "1:1 every document must start with `kind:` (one of board, meeting, report, panel, dismissal)");
    assertThat(problems(dir, "kind: [board]\n")).containsExactly(
        "1:7 every document must start with `kind:` (one of board, meeting, report, panel, dismissal)");
    assertThat(problems(dir, "kind: board\nid: b\n[a]: 1\n")).containsExactly(
        "3:1 a key must be a plain word, not a list or mapping");
  }

  @Test
  void referencesAreChecked() throws IOException {
    assertThat(problems(dir, BOARD + "---\n" + MEETING.replace("[gough, armstrong, bowes, carter, kumta]",
        "[gough, armstrong, bowes, carter, kumta, kumta]").replace("requested-by: ireland", "requested-by: irland")
        + "---\nkind: report\nfrom: kent-hbw\nto: x\ndate: 2014-01-01\n"))
        .containsExactly(
            "63:19 `irland` is not a member of `kent-hwb`; did you mean `ireland`?; use a member `id` from the board's"
                + " `members:` list",
            "69:12 `kumta` is listed twice under `present`; list each member once",
            "95:7 report from unknown board `kent-hbw`; did you mean `kent-hwb`?; give the id"
                + " of a board in the files checked");
  }

  @Test
  void aSingleMemberAsPresidingAndPlainApologies() throws IOException {
    Path f = dir.resolve("m.yaml");
    Files.writeString(f, BOARD + "---\nkind: meeting\nboard: kent-hwb\ndate: 2013-05-29\npresiding: carter\n"
        + "attendance:\n  present: [carter]\n  apologies: [gough, bowes]\n");
    Meeting m = InputLoader.load(List.of(f)).meetings().get(0);
    assertThat(m.presiding()).singleElement().satisfies(p -> {
      assertThat(p.member()).isEqualTo("carter");
      assertThat(p.as()).isEqualTo("chair");
      assertThat(p.fromItem()).isZero();
    });
    assertThat(m.attendance().apologies()).extracting(a -> a.member()).containsExactly("gough", "bowes");
    assertThat(m.type()).isEqualTo(MeetingType.ORDINARY);
    assertThat(m.noticeRecipients()).isNull();
  }
}
