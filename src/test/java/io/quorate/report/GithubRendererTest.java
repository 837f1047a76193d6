package io.quorate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorate.cli.Cli;
import org.junit.jupiter.api.Test;

class GithubRendererTest {
  @Test
  void escapesAsGithubsToolkitDoes() {
    assertThat(GithubRenderer.escapeData("100% done\r\nnext: a, b")).isEqualTo("100%25 done%0D%0Anext: a, b");
    assertThat(GithubRenderer.escapeProperty("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
  }

  @Test
  void oneAnnotationPerUnwaivedFindingWithFileLineColumnAndRule() {
    Cli r = Cli.run("check", "--format", "github", "--today", "2026-01-15", "src/test/resources/golden/input");
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(9);
    assertThat(lines).filteredOn(l -> l.startsWith("::error ")).containsExactly(
        "::error file=src/test/resources/golden/input/meetings.yaml,line=6,col=14,title=notice-period::"
            + "[golden-2013-05-29] Notice sent Tue 21 May 2013 gives 4 clear working days before the meeting on Wed 29 May 2013 "
            + "(counted: Wed 22, Thu 23, Fri 24 and Tue 28 May 2013; not counted: Sat 25 and Sun 26 May (weekend); "
            + "Mon 27 May 2013 (Spring bank holiday)); at least 5 are required, so the last lawful day to send it was "
            + "Mon 20 May 2013.%0Asrc/test/resources/golden/input/board.yaml, procedure: notice-days at line 15: "
            + "\"notice-days: 5 — the board's own value, overriding the profile (ccg-hwb-2013, Procedure Rules, 4. Meeting "
            + "Administration, third bullet)\"");
    assertThat(lines).filteredOn(l -> l.startsWith("::warning ")).hasSize(4);
    assertThat(lines).filteredOn(l -> l.startsWith("::notice ")).hasSize(4);
    assertThat(r.out()).doesNotContain("title=notice-period::[golden-2013-07-17]"); // waived
    assertThat(r.exit()).isEqualTo(1);
  }
}
