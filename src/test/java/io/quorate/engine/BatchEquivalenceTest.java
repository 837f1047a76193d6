package io.quorate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorate.calendar.WorkingDays;
import io.quorate.io.InputLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch run (many files, parsed in parallel, one rule session) reports exactly what checking the
 * files one by one reports, in the same order every time.
 */
class BatchEquivalenceTest {
  @TempDir Path dir;

  static final int MEETINGS = 150; // above the loader's parallel threshold

  void generate() throws IOException {
    Files.copy(Path.of("examples/kent-hwb-2013/board.yaml"), dir.resolve("board.yaml"));
    LocalDate start = LocalDate.of(2013, 1, 2);
    for (int i = 0; i < MEETINGS; i++) {
      LocalDate day = start.plusWeeks(i);
      LocalDate sent = day.minusDays(i % 7 == 0 ? 6 : 9);
      String votes = i % 11 == 0
          ? "  - {item: 2, for: [gough, carter, ireland], against: [peachey, whittle, kumta], result: carried, consensus-attempted: true}"
          : "  - {item: 2, for: [gough, carter, ireland, peachey], against: [whittle], result: carried, consensus-attempted: true}";
      Files.writeString(dir.resolve(String.format("m%03d.yaml", i)), String.join("\n",
          "kind: meeting", "id: m" + i, "board: kent-hwb", "date: " + day, "notice-sent: " + sent,
          "agenda:", "  - {item: 2, title: Decision, decision: true}",
          "attendance:", "  present: [gough, carter, ireland, peachey, whittle, kumta" + (i % 5 == 0 ? "" : ", jones, woodhead") + "]",
          "presiding: gough", "votes:", votes, ""));
    }
  }

  /**
   * Rules that compare a meeting with the board's other meetings (the first meeting after 1 April,
   * the next meeting's minutes item, consecutive absences, frequency): checked one file at a time they
   * see no other meetings, so they are left out of the comparison by design.
   */
  static final Set<String> SERIES_RULES = Set.of("chair-term", "minutes-approval", "non-attendance",
      "meeting-frequency", "reporting-duty", "minutes-to-parent");

  static List<String> keys(List<Finding> findings) {
    return findings.stream().filter(f -> !SERIES_RULES.contains(f.rule()))
        .map(f -> f.loc() + " " + f.rule() + " " + f.subject() + " " + f.message()).toList();
  }

  @Test
  void batchFindingsEqualOneByOneFindings() throws IOException {
    generate();
    WorkingDays cal = WorkingDays.builtIn();
    List<String> batch = keys(new Checker(cal).check(InputLoader.load(List.of(dir)), null));
    Set<String> oneByOne = new LinkedHashSet<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("m")).sorted().toList()) {
        oneByOne.addAll(keys(new Checker(cal).check(InputLoader.load(List.of(dir.resolve("board.yaml"), f)), null)));
      }
    }
    // the board's own findings appear in every one-by-one run: compare as sets, and counts per rule
    assertThat(Set.copyOf(batch)).containsExactlyInAnyOrderElementsOf(oneByOne);
    assertThat(batch).hasSize(oneByOne.size());
    // every 7th of 150 is sent a day late (22); 5 more lose a day to Christmas and Easter bank holidays
    assertThat(batch.stream().filter(k -> k.contains(" notice-period ")).count()).isEqualTo(27);
    assertThat(batch.stream().filter(k -> k.contains(" quorum ")).count()).isEqualTo(30); // every 5th: 6 present of 24
  }

  @Test
  void batchOutputIsDeterministic() throws IOException {
    generate();
    WorkingDays cal = WorkingDays.builtIn();
    List<String> first = keys(new Checker(cal).check(InputLoader.load(List.of(dir)), null));
    for (int i = 0; i < 3; i++) {
      assertThat(keys(new Checker(cal).check(InputLoader.load(List.of(dir)), null))).isEqualTo(first);
    }
    assertThat(first.stream().map(k -> k.split(" ")[0].split(":")[0]).collect(Collectors.toList()))
        .isSorted();
  }

  @Test
  void derivingInParallelGivesEveryDeriversFactsInOrder() throws IOException {
    generate();
    var corpus = InputLoader.load(List.of(dir));
    assertThat(corpus.meetings()).hasSizeGreaterThanOrEqualTo(Checker.PARALLEL_FROM);
    var configs = new Configs(Profiles.builtIn(), new io.quorate.io.Problems());
    var byBody = new java.util.HashMap<String, List<RuleConfig>>();
    corpus.boards().forEach(b -> byBody.put(b.id(), configs.forBoard(b)));
    var boards = corpus.boards().stream().collect(Collectors.toMap(io.quorate.model.Board::id, b -> b));
    Context ctx = new Context(corpus, WorkingDays.builtIn(), byBody, boards, null);
    List<List<Object>> oneAtATime = new java.util.ArrayList<>();
    for (Deriver d : Derivers.ALL) {
      List<Object> out = new java.util.ArrayList<>();
      d.derive(ctx, out::add);
      oneAtATime.add(out);
    }
    assertThat(oneAtATime.stream().mapToInt(List::size).sum()).isGreaterThan(4 * MEETINGS);
    for (int i = 0; i < 3; i++) assertThat(Checker.derive(ctx)).isEqualTo(oneAtATime);
  }
}
