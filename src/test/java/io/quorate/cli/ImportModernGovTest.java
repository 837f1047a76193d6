package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quorate import moderngov --saved}, then {@code quorate check}, as a user runs them: the
 * real Manchester responses and inputs derived from them (src/test/resources/moderngov/).
 */
class ImportModernGovTest {
  @TempDir Path dir;

  static final String[] REAL = {"manchester/GetCommittees_manchester.xml", "manchester/GetMeetings_manchester_audit.xml",
      "manchester/GetMeeting_manchester_audit_4967.xml"};

  /** A folder of saved responses, copied from the test resources. */
  Path saved(String... resources) throws IOException {
    Path d = Files.createDirectories(dir.resolve("saved"));
    for (String r : resources) Files.writeString(d.resolve(Path.of(r).getFileName().toString()), resource(r));
    return d;
  }

  static String resource(String path) throws IOException {
    try (InputStream in = ImportModernGovTest.class.getResourceAsStream("/moderngov/" + path)) {
      if (in == null) throw new IOException("test resource missing: " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<Path> files(Path root) throws IOException {
    if (!Files.exists(root)) return List.of();
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  Cli importSaved(Path saved, Path out, String... more) {
    String[] args = Stream.concat(Stream.of("import", "moderngov", "--saved", saved.toString(), "--out", out.toString()),
        Stream.of(more)).toArray(String[]::new);
    return Cli.run(args);
  }

  @Test
  void theRealResponsesImportAndCheckRefusesTheProfilePlaceholderSayingWhatToFillIn() throws IOException {
    Path out = dir.resolve("out");
    Cli imp = importSaved(saved(REAL), out);
    assertThat(imp.exit()).as(imp.err()).isZero();
    assertThat(imp.err()).isEmpty();
    assertThat(files(out)).containsExactly(Path.of("audit-committee/board.yaml"),
        Path.of("audit-committee/meeting-2026-02-10.yaml"));
    assertThat(imp.out()).contains("written   " + out.resolve("audit-committee/board.yaml"))
        .contains("skipped   meeting 4966 of 2026-01-13 (Audit Committee): Cancelled in Modern.gov; a cancelled meeting"
            + " is not a meeting held, so it is not written")
        .contains("note      1 meeting has no notice date")
        .contains("note      no board written for 2 committees with no meeting held in these responses: Art Galleries"
            + " Committee (163), Appointment Sub Committee for Director of Adult Social Services (312)")
        .contains("Next: replace each FILL-IN (the board's profile first)");

    String board = Files.readString(out.resolve("audit-committee/board.yaml"));
    assertThat(board).contains("id: \"audit-committee\"\nname: \"Audit Committee\"\n")
        .contains("# The committee's terms of reference are not in Modern.gov: replace FILL-IN with a built-in profile\n"
            + "# (`quorate rules` lists what each one checks), or import again with --profile.\nprofile: FILL-IN\n")
        .contains("  - id: \"basil-curley\"\n    name: \"Councillor Basil Curley\"\n    role: \"Committee Member\"\n"
            + "    party: \"LAB\"\n")
        .contains("#   2026-01-13 (meeting 4966, Cancelled)")
        .contains("# seats: how many seats");
    String meeting = Files.readString(out.resolve("audit-committee/meeting-2026-02-10.yaml"));
    assertThat(meeting).contains("board: \"audit-committee\"\ndate: 2026-02-10\n")
        .contains("# Modern.gov: Confirmed, at 10:00, Council Antechamber, Level 2, Town Hall Extension")
        .contains("# papers-sent: the earliest publication date of the agenda's documents on the council's website, a\n"
            + "# proxy for the dispatch of the papers; replace it with the dispatch date if you have it.\n"
            + "papers-sent: 2026-02-02\n")
        .contains("  - item: 1\n    title: \"Minutes\"\n    kind: minutes\n  - item: 9\n    title: \"Work Programme\"\n")
        .contains("# notice-sent: the date the summons went out is not in Modern.gov")
        .contains("# votes: Modern.gov does not record votes by name")
        .doesNotContain("notice-sent: 2").doesNotContain("    decision: true")
        // all attendees "Expected" and no decision business: attendance is left out, with the reason
        .contains("# attendance: Modern.gov lists 1 person for this meeting with no attendance recorded")
        .doesNotContain("\nattendance:");

    Cli check = Cli.run("check", out.toString());
    assertThat(check.exit()).as(check.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.err()).isEqualTo(out.resolve("audit-committee/board.yaml") + ":10:10: error: unknown profile"
        + " `FILL-IN`; the built-in profiles are kent-hwb-2015, ccg-hwb-2013, cog-2014, soip-2015, kent-county-council-2015,"
        + " kct-2011\n1 problem in the input; nothing was checked. Fix it and run again.\n");
  }

  @Test
  void withAProfileCheckReadsAndJudgesTheImport() throws IOException {
    Path out = dir.resolve("out");
    Cli imp = importSaved(saved(REAL), out, "--profile", "kent-county-council-2015");
    assertThat(imp.exit()).as(imp.err()).isZero();
    assertThat(Files.readString(out.resolve("audit-committee/board.yaml")))
        .contains("profile: \"kent-county-council-2015\"  # the terms of reference, given with --profile\n");
    Cli check = Cli.run("check", out.toString());
    assertThat(check.exit()).as(check.err()).isZero();
    // Modern.gov gives no notice date and, for this meeting, no attendance: judged as far as the records go
    assertThat(check.out()).contains("info not-judged [audit-committee-2026-02-10]",
        "Not judged, for want of a fact: notice-period (no `notice-sent:`), quorum (no `attendance: present:`).")
        .endsWith("2 files checked: 0 breaches, 0 warnings, 1 info\n");
  }

  @Test
  void anUnknownProfileIsAUsageErrorAndNothingIsWritten() throws IOException {
    Path out = dir.resolve("out");
    Cli imp = importSaved(saved(REAL), out, "--profile", "kent-hwb-2105");
    assertThat(imp.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(imp.err()).startsWith("quorate: unknown --profile `kent-hwb-2105`; did you mean `kent-hwb-2015`?; the"
        + " built-in profiles are kent-hwb-2015,");
    assertThat(out).doesNotExist();
  }

  @Test
  void attendanceRolesAndStatusesMapAndCheckRefusesWhatOnlyAPersonCanSay() throws IOException {
    Path out = dir.resolve("out");
    Cli imp = importSaved(saved("manchester/GetMeetings_manchester_audit.xml", "derived/GetMeeting_4967_attended.xml",
        "derived/GetMeeting_4966_cancelled.xml"), out, "--profile", "kent-county-council-2015");
    assertThat(imp.exit()).as(imp.err()).isZero();
    assertThat(files(out)).containsExactly(Path.of("audit-committee/board.yaml"),
        Path.of("audit-committee/meeting-2026-02-10.yaml"));
    String board = Files.readString(out.resolve("audit-committee/board.yaml"));
    // members: the member roles only (not the substitute, not the officer), chair and vice-chair from their roles
    assertThat(board.lines().filter(l -> l.startsWith("  - id: ")))
        .containsExactly("  - id: \"basil-curley\"", "  - id: \"alice-chair\"", "  - id: \"bob-vice\"",
            "  - id: \"dan-remote\"", "  - id: \"eve-unknown\"");
    assertThat(board).contains("chair: \"alice-chair\"  # Modern.gov's role \"Chair\"\n")
        .contains("vice-chair: \"bob-vice\"  # Modern.gov's role \"Vice-Chair\"\n");
    Path meetingFile = out.resolve("audit-committee/meeting-2026-02-10.yaml");
    String meeting = Files.readString(meetingFile);
    assertThat(meeting)
        .contains("# Modern.gov: Confirmed, at 13:30,")
        // the twice-escaped title decoded once; the item numbered 9a
        .contains("  - item: 9  # numbered 9a on the agenda\n    title: \"Director's Annual Opinion & Work Programme\"\n"
            + "    decision: true\n    # Modern.gov records 2 declarations of interest on this item: add them under"
            + " `interests:` (member, item,\n    # kind) from the minutes.\n")
        .contains("  present: [\"basil-curley\", \"alice-chair\", FILL-IN]\n")
        .contains("  apologies:\n")
        .contains("    - member: \"bob-vice\"\n")
        .contains("    - for: FILL-IN\n      name: \"Councillor Cat Sub\"\n")
        // remote attendance is not presence in England after 6 May 2021
        .contains("  also-present: [\"Councillor Dan Remote (Committee Member)\", \"Ms Fay Officer (Officer)\"]\n")
        .contains("#   Councillor Dan Remote: \"Present virtual\"; remote attendance is not presence")
        .contains("#   Councillor Eve Unknown: \"Expected\", so not known");

    Cli check = Cli.run("check", out.toString());
    assertThat(check.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.err().lines()).containsExactly(
        meetingFile + ":" + line(meeting, "  present:") + ":12: error: `FILL-IN` is not a member of `audit-committee`;"
            + " use a member `id` from the board's `members:` list",
        meetingFile + ":" + line(meeting, "    - for: FILL-IN") + ":12: error: `FILL-IN` is not a member of"
            + " `audit-committee`; use a member `id` from the board's `members:` list",
        "2 problems in the input; nothing was checked. Fix them and run again.");

    // a person fills them in: check judges the meeting, and a later import keeps their file
    String filled = meeting.replace("\"alice-chair\", FILL-IN]", "\"alice-chair\"]").replace("for: FILL-IN", "for: \"eve-unknown\"");
    Files.writeString(meetingFile, filled);
    Cli judged = Cli.run("check", out.toString());
    assertThat(judged.exit()).as(judged.err()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
    assertThat(judged.err()).isEmpty();
    assertThat(judged.out()).contains("2 files checked:");

    Cli again = importSaved(dir.resolve("saved"), out, "--profile", "kent-county-council-2015");
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("unchanged " + out.resolve("audit-committee/board.yaml"))
        .contains("kept      " + meetingFile + ": edited since it was imported, so the import left it as it is");
    assertThat(Files.readString(meetingFile)).isEqualTo(filled);
  }

  @Test
  void decisionBusinessWithNoAttendanceRecordedIsNotJudgedInquorate() throws IOException {
    Path s = saved(REAL);
    // the real meeting, its Work Programme item flagged as a decision; its one attendee still "Expected"
    Path f = s.resolve("GetMeeting_manchester_audit_4967.xml");
    String text = Files.readString(f);
    int at = text.indexOf("<agendaitemid>18833</agendaitemid>");
    Files.writeString(f, text.substring(0, at) + text.substring(at).replaceFirst("<isdecision>False", "<isdecision>True"));
    Path out = dir.resolve("out");
    assertThat(importSaved(s, out, "--profile", "kent-county-council-2015").exit()).isZero();
    Path meetingFile = out.resolve("audit-committee/meeting-2026-02-10.yaml");
    String meeting = Files.readString(meetingFile);
    assertThat(meeting).contains("# This meeting has business requiring a decision: until `attendance: present:` lists"
        + " who was there,\n# `check` reports its quorum as not judged.\n").doesNotContain("attendance:\n");
    // quorate never reads unrecorded attendance as nobody present: no quorum breach, but it says so
    Cli check = Cli.run("check", out.toString());
    assertThat(check.exit()).as(check.err()).isZero();
    assertThat(check.out()).doesNotContain("breach quorum").contains("info not-judged [audit-committee-2026-02-10]",
        "Not judged, for want of a fact: notice-period (no `notice-sent:`), quorum (no `attendance: present:`).");
  }

  static int line(String text, String prefix) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i + 1;
    throw new AssertionError("no line starts with " + prefix);
  }

  @Test
  void aSoapEnvelopeSavedFromASoapOnlyInstallImportsAsThePlainResponse() throws IOException {
    Path plain = dir.resolve("plain");
    Path soap = dir.resolve("soap");
    assertThat(importSaved(saved(REAL), plain).exit()).isZero();
    Path s = Files.createDirectories(dir.resolve("soap-saved"));
    Files.writeString(s.resolve("a.xml"), resource("derived/GetMeetings_soap_envelope.xml"));
    Files.writeString(s.resolve("b.xml"), resource("manchester/GetMeeting_manchester_audit_4967.xml"));
    Files.writeString(s.resolve("c.xml"), resource("manchester/GetCommittees_manchester.xml"));
    assertThat(importSaved(s, soap).exit()).isZero();
    assertThat(body(soap.resolve("audit-committee/meeting-2026-02-10.yaml")))
        .isEqualTo(body(plain.resolve("audit-committee/meeting-2026-02-10.yaml")));
  }

  /** A generated file from its `kind:` line on (the header names where the responses came from). */
  static String body(Path p) throws IOException {
    String s = Files.readString(p);
    return s.substring(s.indexOf("\nkind:"));
  }

  @Test
  void datesOutsideTheRangeAndOtherCommitteesAreLeftOutAndSaid() throws IOException {
    Path out = dir.resolve("out");
    Cli imp = importSaved(saved(REAL), out, "--from", "2026-03-01", "--to", "2026-12-31");
    assertThat(imp.exit()).isZero();
    assertThat(files(out)).isEmpty();
    assertThat(imp.out()).contains("note      2 meetings in the responses fell outside 2026-03-01..2026-12-31 and were left out");
    Cli other = importSaved(dir.resolve("saved"), out, "--committee", "163");
    assertThat(other.exit()).isZero();
    assertThat(files(out)).isEmpty();
  }

  @Test
  void aResponseWithAnExternalEntityIsRefusedAndNothingIsWritten() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    Path s = saved(REAL);
    String doctype = "<!DOCTYPE meeting [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>";
    Files.writeString(s.resolve("evil.xml"), "<?xml version=\"1.0\"?>\n" + doctype
        + "\n<meeting><meetingid>1</meetingid><meetingdate>&x;</meetingdate></meeting>\n");
    Path out = dir.resolve("out");
    Cli imp = importSaved(s, out);
    assertThat(imp.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(imp.out()).isEmpty();
    assertThat(imp.err()).isEqualTo(s.resolve("evil.xml") + ":2:1: the response carries a document type"
        + " declaration (<!DOCTYPE>), which Modern.gov never sends; refused, as DTDs carry entity attacks. Save the"
        + " response again from the council's site\nNothing was imported; fix the problem and run again.\n");
    assertThat(files(out)).isEmpty();
  }

  @Test
  void textFromTheRecordsCannotBreakTheYamlNorReachTheTerminal() throws IOException {
    Path s = saved(REAL);
    // a title that tries to end its string and add YAML, with an escape sequence and a bidi override escaped twice
    String evil = resource("manchester/GetMeeting_manchester_audit_4967.xml").replace("<agendaitemtitle>Work Programme<",
        "<agendaitemtitle>Work\" &amp;#27;[2J&amp;#x202E;&#10;kind: board&#10;# x: [&amp;quot;&lt;</agendaitemtitle><!-- -->&lt;");
    Files.writeString(s.resolve("GetMeeting_manchester_audit_4967.xml"), evil.replace("&lt;</agendaitemtitle><!-- -->&lt;", "<"));
    Path out = dir.resolve("out");
    Cli imp = importSaved(s, out, "--profile", "kent-county-council-2015");
    assertThat(imp.exit()).as(imp.err()).isZero();
    String meeting = Files.readString(out.resolve("audit-committee/meeting-2026-02-10.yaml"));
    assertThat(meeting).contains("    title: \"Work\\\" [2J kind: board # x: [\\\"\"\n");
    assertThat(meeting.chars().filter(c -> c < 0x20 && c != '\n').count()).isZero();
    assertThat(meeting).doesNotContain("\u202E");
    Cli check = Cli.run("check", out.toString());
    assertThat(check.exit()).as(check.err()).isZero();
  }

  @Test
  void usageErrorsSayWhatToGive() {
    Path out = dir.resolve("out");
    Cli both = Cli.run("import", "moderngov", "--saved", "x", "--site", "https://democracy.example.gov.uk", "--out", out.toString());
    assertThat(both.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(both.err()).startsWith("quorate: give either --saved DIR (responses saved earlier) or --site URL");
    Cli noRange = Cli.run("import", "moderngov", "--site", "https://democracy.example.gov.uk", "--committee", "144", "--out", out.toString());
    assertThat(noRange.err()).startsWith("quorate: with --site give --committee ID (or all), --from DATE and --to DATE");
    Cli isoOnly = Cli.run("import", "moderngov", "--saved", "x", "--from", "10/02/2026", "--out", out.toString());
    assertThat(isoOnly.err()).startsWith("quorate: --from must be a real date written YYYY-MM-DD, not `10/02/2026`");
    Cli badSite = Cli.run("import", "moderngov", "--site", "file:///etc", "--committee", "1", "--from", "2026-01-01",
        "--to", "2026-02-01", "--out", out.toString());
    assertThat(badSite.err()).startsWith("quorate: --site `file:///etc` is not a web address of a site");
    Cli badCommittee = Cli.run("import", "moderngov", "--saved", "x", "--committee", "audit", "--out", out.toString());
    assertThat(badCommittee.err()).startsWith("quorate: --committee must be a Modern.gov committee id");
    Cli missing = Cli.run("import", "moderngov", "--saved", dir.resolve("nothing").toString(), "--out", out.toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(missing.err()).startsWith(dir.resolve("nothing") + ": no such file or folder; check --saved");
    Cli noSource = Cli.run("import", "--out", out.toString());
    assertThat(noSource.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(out).doesNotExist();
  }
}
