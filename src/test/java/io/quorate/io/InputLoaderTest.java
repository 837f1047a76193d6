package io.quorate.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorate.model.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict loading: every kind of bad input is a problem with file, line, column and what to do. */
class InputLoaderTest {
  @TempDir Path dir;

  static final String BOARD = """
      kind: board
      id: kent-hwb
      profile: kent-hwb-2015
      members:
        - {id: gough, name: Roger Gough}
        - {id: bowes, name: Dr Bob Bowes}
        - {id: carter, name: Paul Carter}
      chair: gough
      """;

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  List<Problem> problems(Path... paths) {
    try {
      InputLoader.load(List.of(paths));
    } catch (InputException e) {
      return e.problems();
    }
    throw new AssertionError("expected an input error");
  }

  Problem only(Path... paths) {
    List<Problem> p = problems(paths);
    assertThat(p).hasSize(1);
    return p.get(0);
  }

  @Test
  void loadsABoardAndAMeetingFromOneMultiDocumentFile() throws IOException {
    Path f = write("all.yaml", BOARD + "---\nkind: meeting\nboard: kent-hwb\ndate: 2013-05-29\nnotice-sent: 2013-05-20\n");
    Corpus c = InputLoader.load(List.of(f));
    assertThat(c.boards()).hasSize(1);
    assertThat(c.meetings()).singleElement().satisfies(m -> {
      assertThat(m.id()).isEqualTo("kent-hwb-2013-05-29");
      assertThat(m.where().at("notice-sent").line()).isEqualTo(13);
      assertThat(m.where().at("notice-sent").column()).isEqualTo(14);
    });
  }

  @Test
  void aMeetingMayNameItsBoardByRelativePath() throws IOException {
    // inside the folder of the file named (a reference may not leave the folders checked and the working folder)
    write("hwb/boards/khwb.yaml", BOARD);
    Path m = write("hwb/m.yaml", "kind: meeting\nboard: ./boards/../boards/khwb.yaml\ndate: 2013-05-29\n");
    Corpus c = InputLoader.load(List.of(m));
    assertThat(c.meetings()).singleElement().satisfies(x -> assertThat(x.board()).isEqualTo("kent-hwb"));
    assertThat(c.files()).hasSize(2);
  }

  @Test
  void directoriesAreSearchedRecursivelyInPathOrder() throws IOException {
    write("a/board.yaml", BOARD);
    write("a/b/c/meeting.yml", "kind: meeting\nboard: kent-hwb\ndate: 2013-05-29\n");
    write("a/notes.txt", "not yaml");
    Corpus c = InputLoader.load(List.of(dir.resolve("a")));
    assertThat(c.files()).hasSize(2);
    assertThat(c.meetings()).hasSize(1);
  }

  @Test
  void unknownKeySuggestsTheNearestKnownKey() throws IOException {
    Path f = write("m.yaml", BOARD + "---\nkind: meeting\nboard: kent-hwb\ndate: 2013-05-29\nnotice_sent: 2013-05-20\n");
    Problem p = only(f);
    assertThat(p.loc().line()).isEqualTo(13);
    assertThat(p.loc().column()).isEqualTo(1);
    assertThat(p.message()).isEqualTo("unknown key `notice_sent` in this meeting; did you mean `notice-sent`?");
  }

  @Test
  void aTypoInANestedKeyIsAnErrorNotASilentPass() throws IOException {
    Path f = write("m.yaml", BOARD + "---\nkind: meeting\nboard: kent-hwb\ndate: 2013-05-29\nattendance:\n  presnt: [gough]\n");
    Problem p = only(f);
    assertThat(p.loc().line()).isEqualTo(14);
    assertThat(p.message()).contains("unknown key `presnt`").contains("did you mean `present`?");
  }

  @Test
  void wrongTypeNamesTheExpectedType() throws IOException {
    Path f = write("b.yaml", BOARD + "seats: many\n");
    Problem p = only(f);
    assertThat(p.loc().line()).isEqualTo(9);
    assertThat(p.loc().column()).isEqualTo(8);
    assertThat(p.message()).isEqualTo("`seats` in this board must be a whole number, not `many`");
  }

  @Test
  void impossibleDateSaysWhy() throws IOException {
    Path f = write("m.yaml", BOARD + "---\nkind: meeting\nboard: kent-hwb\ndate: 2013-02-30\n");
    Problem p = only(f);
    assertThat(p.loc().line()).isEqualTo(12);
    assertThat(p.loc().column()).isEqualTo(7);
    assertThat(p.message()).isEqualTo("`date` in this meeting is an impossible date `2013-02-30`: February 2013 has 28 days");
  }

  @Test
  void yearOutOfRangeIsATypo() throws IOException {
    Path f = write("m.yaml", BOARD + "---\nkind: meeting\nboard: kent-hwb\ndate: 2103-05-29\n");
    assertThat(only(f).message()).contains("has the year 2103, outside 1970-2100");
  }

  @Test
  void notADate() throws IOException {
    Path f = write("m.yaml", BOARD + "---\nkind: meeting\nboard: kent-hwb\ndate: 29/05/2013\n");
    assertThat(only(f).message()).isEqualTo("`date` in this meeting must be a date written YYYY-MM-DD, not `29/05/2013`");
  }

  @Test
  void duplicateKeyNamesBothLines() throws IOException {
    Path f = write("m.yaml", BOARD + "---\nkind: meeting\nboard: kent-hwb\ndate: 2013-05-29\ndate: 2013-05-30\n");
    Problem p = only(f);
    assertThat(p.loc().line()).isEqualTo(13);
    assertThat(p.message()).isEqualTo("duplicate key `date` in this meeting (first given at line 12); remove one of them");
  }

  @Test
  void unknownBoardSuggestsTheNearestId() throws IOException {
    Path f = write("m.yaml", BOARD + "---\nkind: meeting\nboard: kent-hbw\ndate: 2013-05-29\n");
    Problem p = only(f);
    assertThat(p.loc().line()).isEqualTo(11);
    assertThat(p.message()).startsWith("unknown board `kent-hbw`; did you mean `kent-hwb`?");
  }

  @Test
  void unknownMemberSuggestsTheNearestId() throws IOException {
    Path f = write("m.yaml", BOARD + "---\nkind: meeting\nboard: kent-hwb\ndate: 2013-05-29\nattendance:\n  present: [gough, bowse]\n");
    Problem p = only(f);
    assertThat(p.loc().line()).isEqualTo(14);
    assertThat(p.message()).startsWith("`bowse` is not a member of `kent-hwb`; did you mean `bowes`?");
  }

  @Test
  void aMemberListedTwiceIsAnError() throws IOException {
    Path f = write("b.yaml", BOARD.replace("chair: gough\n", "  - {id: gough}\nchair: gough\n"));
    assertThat(only(f).message()).isEqualTo("member `gough` is listed twice in board `kent-hwb`; list each member once");
  }

  @Test
  void unknownKindSuggests() throws IOException {
    Path f = write("x.yaml", "kind: meting\nid: x\n");
    Problem p = only(f);
    assertThat(p.loc().line()).isEqualTo(1);
    assertThat(p.message()).startsWith("unknown kind `meting`; did you mean `meeting`?");
  }

  @Test
  void everyProblemInARunIsReportedInFileAndLineOrder() throws IOException {
    Path a = write("a.yaml", BOARD + "seats: x\n");
    Path b = write("b.yaml", "kind: meeting\nboard: kent-hwb\ndate: 2013-13-01\nnotice_sent: 2013-05-20\n");
    List<Problem> p = problems(a, b);
    assertThat(p).hasSize(3);
    assertThat(p).extracting(x -> x.loc().line()).containsExactly(9, 3, 4);
    assertThat(p.get(0).loc().file()).endsWith("a.yaml");
    assertThat(p.get(1).loc().file()).endsWith("b.yaml");
    assertThat(p.get(0).message()).contains("`seats`");
    assertThat(p.get(1).message()).contains("there is no month 13");
    assertThat(p.get(2).message()).contains("did you mean `notice-sent`?");
  }

  @Test
  void missingPathSaysSo() {
    Problem p = only(dir.resolve("nope.yaml"));
    assertThat(p.message()).isEqualTo("no such file or directory; check the path");
  }

  @Test
  void emptyFileAndDirectoryWithoutYaml() throws IOException {
    Path empty = write("empty.yaml", "  \n");
    assertThat(only(empty).message()).startsWith("the file is empty: nothing to check");
    Files.createDirectories(dir.resolve("none"));
    write("none/readme.txt", "hello");
    assertThat(only(dir.resolve("none")).message()).isEqualTo("the directory holds no .yaml or .yml files; nothing to check");
  }

  @Test
  void malformedYamlAndTabsHaveLineNumbers() throws IOException {
    Path bad = write("bad.yaml", "kind: board\nid: [unclosed\n");
    Problem p = only(bad);
    assertThat(p.message()).startsWith("YAML syntax error");
    assertThat(p.loc().line()).isGreaterThanOrEqualTo(2);
    Path tabs = write("tabs.yaml", "kind: board\nmembers:\n\t- id: x\n");
    Problem t = only(tabs);
    assertThat(t.loc().line()).isEqualTo(3);
    assertThat(t.message()).isEqualTo("YAML syntax error: a tab character; indent with spaces, never tabs");
  }

  @Test
  void notUtf8AndNulBytes() throws IOException {
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, "kind: board\nid: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Problem p = only(latin1);
    assertThat(p.loc().line()).isEqualTo(2);
    assertThat(p.message()).isEqualTo("the file is not UTF-8 text (byte 0xE9); save it as UTF-8");
    Path nul = write("nul.yaml", "kind: board\nid: a\u0000b\n");
    assertThat(only(nul).message()).startsWith("the file contains a NUL byte");
  }

  @Test
  void aliasBombIsRefused() throws IOException {
    StringBuilder s = new StringBuilder("kind: board\nid: x\na: &a [x, x, x, x, x, x, x, x, x]\n");
    String prev = "a";
    for (int i = 0; i < 12; i++) {
      String n = "l" + i;
      s.append(n).append(": &").append(n).append(" [");
      for (int j = 0; j < 9; j++) s.append(j == 0 ? "" : ", ").append("*").append(prev);
      s.append("]\n");
      prev = n;
    }
    Problem p = only(write("bomb.yaml", s.toString()));
    assertThat(p.message()).contains("more than 50 aliases");
  }

  @Test
  void aVeryLongLineIsRefusedBeforeParsing() throws IOException {
    // an 8 MB one-line comment is within the size limit but would take SnakeYAML minutes to scan
    Path f = write("long.yaml", "kind: board\nid: x\n# " + "a".repeat(8_000_000) + "\n");
    Problem p = only(f);
    assertThat(p.loc().line()).isEqualTo(3);
    assertThat(p.loc().column()).isEqualTo(65537);
    assertThat(p.message()).isEqualTo("line 3 is 8000002 characters long; quorate reads lines of at most 65536"
        + " characters: break it up (a list can be written one entry a line)");
  }
}
