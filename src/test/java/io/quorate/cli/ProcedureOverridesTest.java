package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A board's `procedure:` values, through `check` as a user meets them: every value is read through
 * its parameter's declaration (rules/parameters.yaml), by type and by accepted reading, each entry
 * of a list at its own line and column; nothing is checked until they are right.
 */
class ProcedureOverridesTest {
  @TempDir Path dir;

  static final String MEETING = """
      ---
      kind: meeting
      board: kent-hwb
      date: 2013-05-29
      notice-sent: 2013-05-23
      """;

  Path board(String procedure) throws IOException {
    Path p = dir.resolve("board.yaml");
    Files.writeString(p, HostileInputTest.BOARD + "procedure:\n" + procedure + MEETING);
    return p;
  }

  @Test
  void aMisspeltMeetingTypeIsAnErrorAtItsEntryNotARuleSwitchedOff() throws IOException {
    // `[ordinry]` was accepted, and the notice rule then applied to no meeting: exit 0, a silent pass
    Path f = board("  meeting-types: [ordinary, ordinry, 1]\n");
    assertThat(HostileInputTest.invalid(f)).containsExactly(
        f + ":10:29: error: procedure parameter `meeting-types`, entry 2, must be one of ordinary, reconvened,"
            + " requisitioned, special, not `ordinry`; did you mean `ordinary`?",
        f + ":10:38: error: procedure parameter `meeting-types`, entry 3, must be one of ordinary, reconvened,"
            + " requisitioned, special, not `1`");
  }

  @Test
  void anEmptyListWouldSwitchTheRulesOffAndIsRefused() throws IOException {
    Path f = board("  meeting-types: []\n");
    assertThat(HostileInputTest.only(f)).isEqualTo(f + ":10:18: error: procedure parameter `meeting-types` must list at"
        + " least one reading (ordinary, reconvened, requisitioned, special); an empty list would switch the rule off,"
        + " which a waiver does openly");
  }

  @Test
  void aDayCountBeyondAYearIsRefusedSoNothingHangs() throws IOException {
    // 100000000 made `plan` hang and `check --format html` run out of memory
    Path f = board("  notice-days: 100000000\n");
    assertThat(HostileInputTest.only(f)).isEqualTo(f + ":10:16: error: procedure parameter `notice-days` must be a whole"
        + " number of clear working days from 0 to 260, not 100000000 (a year of working days is 260; no body's rules"
        + " count further)");
    Cli plan = Cli.run("plan", f.toString());
    assertThat(plan.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(plan.err()).contains("procedure parameter `notice-days` must be a whole number");
  }

  @Test
  void aValidListTakesEffect() throws IOException {
    // the notice was sent 23 May: 3 clear working days; an ordinary meeting breaches, and with the
    // rule limited to special meetings this ordinary one is not judged by it
    Cli ordinary = Cli.run("check", board("  meeting-types: [ordinary]\n").toString());
    assertThat(ordinary.exit()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(ordinary.out()).contains("breach notice-period [kent-hwb-2013-05-29]");
    Cli special = Cli.run("check", board("  meeting-types: special\n").toString());
    assertThat(special.out()).doesNotContain("notice-period");
  }
}
