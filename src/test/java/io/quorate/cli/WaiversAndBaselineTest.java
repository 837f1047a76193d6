package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waivers (in force, expired, unused, strictly read), baselines (line moves, new findings) and --fail-on after both. */
class WaiversAndBaselineTest {
  @TempDir Path dir;

  static final String BOARD = """
      kind: board
      id: wb
      profile: ccg-hwb-2013
      audit: {from: 2013-05-01, to: 2013-07-31}    # complete records, but no whole quarter or year to judge
      members:
        - {id: ash, categories: [district-leader, district-senior-officer, kcc-cabinet-member, fsc-director]}
        - {id: birch, categories: [public-health-consultant, ccg-senior-officer, ccg-gp, healthwatch]}
      procedure: {notice-days: 5, papers-days: 4}   # of the meeting rules, only notice-period fires
      """;
  static final String LATE = """
      kind: meeting
      id: wb-2013-05-29
      board: wb
      date: 2013-05-29
      notice-sent: 2013-05-21
      attendance: {present: [ash, birch]}
      """;

  Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  String waiver(String expires) {
    return """
        waivers:
          - rule: notice-period
            subject: wb-2013-05-29
            reason: agenda reissued
            owner: clerk
            expires: %s
        """.formatted(expires);
  }

  @Test
  void aWaiverInForceTurnsTheBreachIntoAWaivedFindingAndExitZero() throws Exception {
    write("board.yaml", BOARD);
    write("meeting.yaml", LATE);
    assertThat(Cli.run("check", dir.toString()).exit()).isEqualTo(1);
    write(".quorate-waivers.yaml", waiver("2026-06-30"));
    Cli r = Cli.run("check", "--today", "2026-06-30", "--format", "json", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.at("/findings/0/rule").asText()).isEqualTo("notice-period");
    assertThat(json.at("/findings/0/waived/reason").asText()).isEqualTo("agenda reissued");
    assertThat(json.at("/findings/0/waived/owner").asText()).isEqualTo("clerk");
    assertThat(json.at("/findings/0/waived/expires").asText()).isEqualTo("2026-06-30");
    assertThat(json.at("/summary/breach").asInt()).isZero();
    assertThat(json.at("/summary/waived").asInt()).isEqualTo(1);
    Cli text = Cli.run("check", "--today", "2026-06-30", dir.toString());
    assertThat(text.out()).contains("breach notice-period [wb-2013-05-29] waived")
        .contains("Waived until Tue 30 Jun 2026 by clerk: agenda reissued")
        .endsWith("2 files checked: 0 breaches, 0 warnings, 0 info, 1 waived\n");
  }

  @Test
  void anExpiredWaiverExcusesNothingAndIsAWarning() throws Exception {
    write("board.yaml", BOARD);
    write("meeting.yaml", LATE);
    Path w = Files.createTempFile("waivers", ".yaml"); // outside the folder checked
    Files.writeString(w, waiver("2026-06-30"));
    w.toFile().deleteOnExit();
    Cli r = Cli.run("check", "--today", "2026-07-01", "--waivers", w.toString(), "--format", "github", dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("::error file=").contains("title=notice-period::[wb-2013-05-29]")
        .contains("title=waiver-expired::[wb-2013-05-29] The waiver of notice-period for `wb-2013-05-29` expired on "
            + "Tue 30 Jun 2026 (today is Wed 1 Jul 2026)");
    // a warning fails only at --fail-on warning
    write("meeting.yaml", LATE.replace("2013-05-21", "2013-05-20"));
    assertThat(Cli.run("check", "--today", "2026-07-01", "--waivers", w.toString(), dir.toString()).exit()).isZero();
    Cli strict = Cli.run("check", "--today", "2026-07-01", "--waivers", w.toString(), "--fail-on", "warning", dir.toString());
    assertThat(strict.exit()).isEqualTo(1);
    assertThat(strict.out()).contains("warning waiver-expired").doesNotContain("waiver-unused");
  }

  @Test
  void anUnusedWaiverIsAWarningAtItsLine() throws Exception {
    write("board.yaml", BOARD);
    write("meeting.yaml", LATE.replace("2013-05-21", "2013-05-20"));
    write(".quorate-waivers.yaml", "# waivers\n" + waiver("2030-01-01"));
    Cli r = Cli.run("check", "--today", "2026-01-15", "--fail-on", "warning", dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains(".quorate-waivers.yaml:3:11: warning waiver-unused [wb-2013-05-29]");
    assertThat(Cli.run("check", "--today", "2026-01-15", "--fail-on", "never",
        "--format", "sarif", dir.toString()).exit()).isZero();
  }

  @Test
  void waiversAreReadStrictly() throws Exception {
    write("board.yaml", BOARD);
    write(".quorate-waivers.yaml", """
        waivers:
          - rule: notice-period
            subjct: wb-2013-05-29
            reason: typo
            owner: clerk
            expires: 2026-02-30
          - rule: quorum
            reason: everywhere
            owner: clerk
            expires: 2026-01-01
        """);
    Cli r = Cli.run("check", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(".quorate-waivers.yaml:3:5: error: unknown key `subjct` in a waiver in `waivers`; did you mean `subject`?")
        .contains(".quorate-waivers.yaml:6:14: error: `expires` in a waiver in `waivers` is an impossible date `2026-02-30`")
        .contains("a waiver needs `subject:`");
  }

  @Test
  void aBaselineHidesKnownFindingsEvenWhenTheyMoveAndShowsNewOnes() throws Exception {
    write("board.yaml", BOARD);
    Path meeting = write("meeting.yaml", LATE);
    Path baseline = dir.resolve("out/baseline.json");
    Cli first = Cli.run("check", "--write-baseline", baseline.toString(), dir.toString());
    assertThat(first.exit()).isEqualTo(1);
    JsonNode b = new ObjectMapper().readTree(baseline.toFile());
    assertThat(b.at("/findings/0/rule").asText()).isEqualTo("notice-period");
    assertThat(b.at("/findings/0/fingerprint").asText()).hasSize(32);
    // lines added above the finding: still known
    Files.writeString(meeting, "# moved down\n# by three lines\n\n" + LATE);
    Cli known = Cli.run("check", "--baseline", baseline.toString(), dir.toString());
    assertThat(known.exit()).as(known.out()).isZero();
    assertThat(known.out()).isEqualTo("2 files checked: 0 breaches, 0 warnings, 0 info (1 known finding in the baseline not shown)\n");
    // a new late meeting is reported, the known one is not
    Files.writeString(meeting, "# moved down\n\n" + LATE + "---\n" + LATE.replace("wb-2013-05-29", "wb-2013-07-17")
        .replace("2013-05-29", "2013-07-17").replace("2013-05-21", "2013-07-10"));
    Cli fresh = Cli.run("check", "--baseline", baseline.toString(), "--format", "json", dir.toString());
    assertThat(fresh.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(fresh.out());
    assertThat(json.get("findings")).hasSize(1);
    assertThat(json.at("/findings/0/subject").asText()).isEqualTo("wb-2013-07-17");
    assertThat(json.at("/summary/baselined").asInt()).isEqualTo(1);
  }

  @Test
  void aBadBaselineIsAnInputError() throws Exception {
    write("board.yaml", BOARD);
    Path bad = write("baseline.json", "{\"findings\": 3}");
    Cli r = Cli.run("check", "--baseline", bad.toString(), dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is not a quorate baseline");
  }
}
