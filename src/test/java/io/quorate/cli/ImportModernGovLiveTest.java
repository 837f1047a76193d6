package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quorate import moderngov --site}: against a Modern.gov service on the loopback address
 * ({@link FakeModernGov}) answering from the real Manchester responses. No test reaches the internet.
 */
class ImportModernGovLiveTest {
  @TempDir Path dir;

  static final String UA = "quorate/" + VersionProvider.version() + " (compliance checker for the procedure of council"
      + " meetings; reads public Modern.gov records)";

  Cli live(FakeModernGov s, String committee, String... more) {
    String[] args = Stream.concat(Stream.of("import", "moderngov", "--site", s.site().toString(), "--committee", committee,
        "--from", "2026-01-01", "--to", "2026-03-31", "--out", dir.resolve("out").toString(), "--pace", "0"),
        Stream.of(more)).toArray(String[]::new);
    return Cli.run(args);
  }

  static List<String> asked(FakeModernGov s) {
    return s.requests.stream().map(r -> r.method() + " " + r.operation() + " " + r.params()).toList();
  }

  @Test
  void fetchesWithDdMmYyyyDatesSavesEveryResponseAndRepeatsOfflineToTheSameYaml() throws IOException {
    try (FakeModernGov s = new FakeModernGov()) {
      s.ignoresDates = true; // the service sends the committee's whole history: the importer filters it itself
      Cli r = live(s, "144", "--profile", "kent-county-council-2015");
      assertThat(r.exit()).as(r.err()).isZero();
      // dates as dd/mm/yyyy; GetMeeting for the one meeting held in the period: not the cancelled
      // one (4966) nor the 2019 one the service sent although it was not asked for (1234)
      assertThat(asked(s)).containsExactly(
          "GET GetMeetings {lCommitteeId=144, sFromDate=01/01/2026, sToDate=31/03/2026}",
          "GET GetMeeting {lMeetingId=4967}");
      assertThat(s.requests).extracting(FakeModernGov.Request::userAgent).containsOnly(UA);
      Path out = dir.resolve("out");
      assertThat(ImportModernGovTest.files(out)).containsExactly(Path.of("audit-committee/board.yaml"),
          Path.of("audit-committee/meeting-2026-02-10.yaml"),
          Path.of("responses/GetMeeting_4967.xml"),
          Path.of("responses/GetMeetings_committee-144_2026-01-01_2026-03-31.xml"));
      assertThat(r.out()).startsWith("saved     2 responses in " + out.resolve("responses")
          + " (import them again offline with --saved)\n");
      assertThat(r.out()).contains("note      1 meeting in the responses fell outside 2026-01-01..2026-03-31 and was left out");
      assertThat(r.err()).isEqualTo("quorate: fetched 1 of 1 meeting\n");
      assertThat(Files.readString(out.resolve("audit-committee/board.yaml")))
          .contains("(committee 144, " + s.site() + ")");

      Cli check = Cli.run("check", out.toString());
      assertThat(check.exit()).as(check.err()).isZero();
      // Modern.gov gives no notice date and, for this meeting, no attendance: judged as far as the records go
      assertThat(check.out()).contains("info not-judged [audit-committee-2026-02-10]",
          "Not judged, for want of a fact: notice-period (no `notice-sent:`), quorum (no `attendance: present:`).")
          .endsWith("2 files checked: 0 breaches, 0 warnings, 1 info\n");

      int before = s.requests.size();
      Path again = dir.resolve("again");
      Cli offline = Cli.run("import", "moderngov", "--saved", out.resolve("responses").toString(), "--out", again.toString(),
          "--profile", "kent-county-council-2015", "--from", "2026-01-01", "--to", "2026-03-31");
      assertThat(offline.exit()).as(offline.err()).isZero();
      assertThat(s.requests).hasSize(before);
      for (String f : List.of("audit-committee/board.yaml", "audit-committee/meeting-2026-02-10.yaml")) {
        assertThat(ImportModernGovTest.body(again.resolve(f))).as(f).isEqualTo(ImportModernGovTest.body(out.resolve(f)));
      }
    }
  }

  @Test
  void allCommitteesIsAskedWithZeroThenMinusOne() throws IOException {
    try (FakeModernGov zero = new FakeModernGov()) {
      Cli r = live(zero, "all");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(zero.requests).extracting(q -> q.params().get("lCommitteeId")).containsExactly("0", null);
      assertThat(dir.resolve("out/audit-committee/meeting-2026-02-10.yaml")).exists();
    }
    try (FakeModernGov minus = new FakeModernGov()) {
      minus.allId = -1;
      Path out = dir.resolve("out2");
      Cli r = Cli.run("import", "moderngov", "--site", minus.site().toString(), "--committee", "all", "--from",
          "2026-01-01", "--to", "2026-03-31", "--out", out.toString(), "--pace", "0");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(minus.requests).extracting(q -> q.params().get("lCommitteeId")).containsExactly("0", "-1", null);
      assertThat(r.err()).startsWith("quorate: committee id 0 (all committees) found none on this site; asking with -1,"
          + " as some installs use\n");
      assertThat(out.resolve("audit-committee/meeting-2026-02-10.yaml")).exists();
      assertThat(out.resolve("responses/GetMeetings_committee-0_2026-01-01_2026-03-31.xml")).exists();
      assertThat(out.resolve("responses/GetMeetings_committee-minus1_2026-01-01_2026-03-31.xml")).exists();
    }
  }

  @Test
  void aSoapOnlyInstallIsAskedInSoap11AndGivesTheSameYaml() throws IOException {
    Path plain = dir.resolve("plain");
    try (FakeModernGov s = new FakeModernGov()) {
      assertThat(Cli.run("import", "moderngov", "--site", s.site().toString(), "--committee", "144", "--from", "2026-01-01",
          "--to", "2026-03-31", "--out", plain.toString(), "--pace", "0").exit()).isZero();
    }
    try (FakeModernGov s = new FakeModernGov()) {
      s.soapOnly = true;
      Cli r = live(s, "144");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.err()).contains("quorate: " + s.site() + " does not answer GET (HTTP 500); it answers SOAP 1.1, which"
          + " the rest of this run uses");
      // the GET refused, then SOAP for it and for every request after
      assertThat(s.requests).extracting(FakeModernGov.Request::method, FakeModernGov.Request::operation)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("GET", "GetMeetings"),
              org.assertj.core.groups.Tuple.tuple("POST", "GetMeetings"),
              org.assertj.core.groups.Tuple.tuple("POST", "GetMeeting"));
      FakeModernGov.Request soap = s.requests.get(1);
      assertThat(soap.soapAction()).isEqualTo("\"http://moderngov.co.uk/namespaces/GetMeetings\"");
      assertThat(soap.contentType()).isEqualTo("text/xml; charset=utf-8");
      assertThat(soap.body()).contains("<GetMeetings xmlns=\"http://moderngov.co.uk/namespaces\">")
          .contains("<lCommitteeId>144</lCommitteeId>").contains("<sFromDate>01/01/2026</sFromDate>")
          .contains("<sToDate>31/03/2026</sToDate>");
      assertThat(Files.readString(dir.resolve("out/responses/GetMeeting_4967.xml"))).contains("<soap:Envelope");
      for (String f : List.of("audit-committee/board.yaml", "audit-committee/meeting-2026-02-10.yaml")) {
        assertThat(ImportModernGovTest.body(dir.resolve("out").resolve(f))).as(f)
            .isEqualTo(ImportModernGovTest.body(plain.resolve(f)));
      }
    }
  }

  @Test
  void aFirewallThatRefusesIsNamedPlainly() throws IOException {
    try (FakeModernGov s = new FakeModernGov()) {
      s.forbidAll = true;
      Cli r = live(s, "144");
      assertThat(r.exit()).isEqualTo(ExitCodes.INVALID);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).startsWith(s.site() + "/mgWebService.asmx/GetMeetings?lCommitteeId=144&sFromDate=01%2F01%2F2026"
          + "&sToDate=31%2F03%2F2026: the site refused the request (HTTP 403). Council firewalls refuse clients that do"
          + " not name themselves; quorate names itself (User-Agent: " + UA + ") and was refused all the same. Ask the"
          + " council's web team to allow it, or save the responses from a browser and import them with --saved\n"
          + "Nothing was imported (responses fetched before the problem are saved in ");
      assertThat(ImportModernGovTest.files(dir.resolve("out"))).isEmpty();
    }
  }

  @Test
  void aSlowSiteTimesOutWithAMessage() throws IOException {
    try (FakeModernGov s = new FakeModernGov()) {
      s.delayMillis = 2500;
      Cli r = live(s, "144", "--timeout", "1");
      assertThat(r.exit()).isEqualTo(ExitCodes.INVALID);
      assertThat(r.err()).contains(": no answer within 1 s; self-hosted installs can be slow: try again with a longer"
          + " --timeout\n");
    }
  }

  @Test
  void requestsAreSpacedByThePace() throws IOException {
    try (FakeModernGov s = new FakeModernGov()) {
      Cli r = Cli.run("import", "moderngov", "--site", s.site().toString(), "--committee", "144", "--from", "2026-01-01",
          "--to", "2026-03-31", "--out", dir.resolve("out").toString(), "--pace", "0.4");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(s.requests).hasSize(2);
      long gapMillis = (s.requests.get(1).nanos() - s.requests.get(0).nanos()) / 1_000_000;
      assertThat(gapMillis).isGreaterThanOrEqualTo(390);
    }
  }

  @Test
  void aWrongSiteOrNoServiceIsNamed() throws IOException {
    try (FakeModernGov s = new FakeModernGov()) {
      Cli r = Cli.run("import", "moderngov", "--site", s.site() + "/democracy", "--committee", "144", "--from",
          "2026-01-01", "--to", "2026-03-31", "--out", dir.resolve("out").toString(), "--pace", "0");
      assertThat(r.exit()).isEqualTo(ExitCodes.INVALID);
      assertThat(r.err()).contains(": no Modern.gov web service there (HTTP 404); --site is the address of the council's"
          + " committee pages, e.g. https://democracy.kent.gov.uk\n");
    }
    String closed;
    try (FakeModernGov gone = new FakeModernGov()) {
      closed = gone.site().toString();
    }
    Cli r = Cli.run("import", "moderngov", "--site", closed, "--committee", "144", "--from", "2026-01-01", "--to",
        "2026-03-31", "--out", dir.resolve("out").toString(), "--pace", "0", "--timeout", "2");
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(r.err()).contains(": cannot connect (").contains("); check --site and the network\n");
  }
}
