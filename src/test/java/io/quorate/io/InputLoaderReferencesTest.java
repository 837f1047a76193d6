package io.quorate.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorate.model.Corpus;
import io.quorate.model.Loc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's cross-document checks and file finding, each with its exact place and message. */
class InputLoaderReferencesTest {
  @TempDir Path dir;

  static final String BOARD = InputLoaderTest.BOARD;
  static final String MEETING = "kind: meeting\nboard: kent-hwb\ndate: 2013-05-29\n";

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  static List<Problem> problems(Path... paths) {
    try {
      InputLoader.load(List.of(paths));
    } catch (InputException e) {
      return e.problems();
    }
    throw new AssertionError("expected an input error");
  }

  static List<String> lines(Path... paths) {
    return problems(paths).stream().map(p -> p.loc().line() + ":" + p.loc().column() + " " + p.message()).toList();
  }

  static String name(Path p) {
    return InputLoader.display(p);
  }

  @Test
  void noPathsIsAProblem() {
    assertThat(problems()).containsExactly(new Problem(Loc.of("(command line)"),
        "no files or directories given; name at least one, e.g. `quorate check examples/`"));
  }

  @Test
  void aBoardIdUsedTwiceNamesTheFirst() throws IOException {
    Path a = write("a.yaml", BOARD);
    Path b = write("b.yaml", "# the same board again\n" + BOARD);
    assertThat(problems(a, b)).containsExactly(new Problem(new Loc(name(b), 3, 5),
        "board id `kent-hwb` is used twice (also at " + name(a) + ":2:5); give each board its own id"));
  }

  @Test
  void aMeetingIdUsedTwiceNamesTheFirst() throws IOException {
    Path f = write("m.yaml", BOARD + "---\n" + MEETING + "---\n" + MEETING);
    assertThat(lines(f)).containsExactly("14:1 meeting id `kent-hwb-2013-05-29` is used twice (also at " + name(f)
        + ":10:1); give each meeting its own `id:`");
    Path g = write("g.yaml", BOARD + "---\n" + MEETING + "id: m1\n---\n" + MEETING.replace("05-29", "06-05") + "id: m1\n");
    assertThat(lines(g)).containsExactly("18:5 meeting id `m1` is used twice (also at " + name(g)
        + ":10:1); give each meeting its own `id:`");
  }

  @Test
  void aPanelIdUsedTwice() throws IOException {
    String panel = "kind: panel\nid: soip\ncouncil: kent-county-council\nmembers:\n  - {id: ip1}\n";
    Path f = write("p.yaml", panel + "---\n" + panel);
    assertThat(lines(f)).containsExactly("8:5 panel id `soip` is used twice; give each panel its own id");
  }

  @Test
  void aReportFromAnUnknownBoard() throws IOException {
    Path f = write("r.yaml", BOARD + "---\nkind: report\nfrom: kent-hbw\nto: [x]\ndate: 2014-01-01\n"
        + "---\nkind: report\nfrom: kent-hwb\nto: [x]\ndate: 2014-02-01\n");
    assertThat(lines(f)).containsExactly("11:7 report from unknown board `kent-hbw`; did you mean `kent-hwb`?; give the id"
        + " of a board in the files checked");
  }

  @Test
  void anUnknownBoardWhenNoBoardWasFoundSaysSo() throws IOException {
    Path f = write("m.yaml", MEETING);
    assertThat(lines(f)).containsExactly("2:8 unknown board `kent-hwb`; give the id of a board in the files checked,"
        + " or a relative path to its file (no board was found among the files given)");
  }

  @Test
  void anUnknownBoardIsHeldBackWhenAnotherFileCouldNotBeRead() throws IOException {
    Path bad = write("bad.yaml", "kind: board\nid: [x\n");
    Path m = write("m.yaml", MEETING + "attendance:\n  present: [nobody]\n");
    List<Problem> p = problems(bad, m);
    assertThat(p).hasSize(1);
    assertThat(p.get(0).loc().file()).isEqualTo(name(bad));
  }

  @Test
  void aBoardFileReferenceThatDoesNotExist() throws IOException {
    Path m = write("meetings/m.yaml", MEETING.replace("board: kent-hwb", "board: ../boards/none.yaml"));
    assertThat(problems(m)).containsExactly(new Problem(new Loc(name(m), 2, 8), "board file `../boards/none.yaml`"
        + " does not exist (looked for " + name(dir.resolve("boards/none.yaml")) + "); give a path relative to this"
        + " file or the board's id"));
  }

  @Test
  void aBoardFileReferenceToAFileWithNoBoard() throws IOException {
    write("meetings/boards/notes.yml", "kind: report\nfrom: kent-hwb\nto: [x]\ndate: 2014-01-01\n");
    Path m = write("meetings/m.yaml", MEETING.replace("board: kent-hwb", "board: boards/notes.yml"));
    assertThat(lines(m)).contains("2:8 `boards/notes.yml` holds no `kind: board` document");
  }

  @Test
  void aBoardFileReferenceIsReadOnceAndItsMembersChecked() throws IOException {
    Path board = write("meetings/boards/khwb.yaml", BOARD);
    String ref = MEETING.replace("board: kent-hwb", "board: boards/khwb.yaml");
    Path m1 = write("meetings/m1.yaml", ref + "attendance:\n  present: [gough, bowes]\n");
    Path m2 = write("meetings/m2.yaml", ref.replace("05-29", "06-05"));
    Corpus c = InputLoader.load(List.of(m1, m2, board));
    // a board named by path is read when the meeting is resolved, after the files given
    assertThat(c.files()).containsExactly(name(m1), name(m2), name(board));
    assertThat(c.boards()).hasSize(1);
    assertThat(c.meetings()).extracting(x -> x.id()).containsExactly("kent-hwb-2013-05-29", "kent-hwb-2013-06-05");
    Path bad = write("meetings/m3.yaml", ref + "attendance:\n  present: [gouhg]\n");
    assertThat(lines(bad)).containsExactly("5:12 `gouhg` is not a member of `kent-hwb`; did you mean `gough`?;"
        + " use a member `id` from the board's `members:` list");
  }

  @Test
  void aBoardReadByReferenceHasItsOwnProblemsChecked() throws IOException {
    write("meetings/boards/khwb.yaml", BOARD.replace("chair: gough", "chair: gouhg"));
    Path m = write("meetings/m.yaml", MEETING.replace("board: kent-hwb", "board: boards/khwb.yaml"));
    List<Problem> p = problems(m);
    assertThat(p).containsExactly(new Problem(new Loc(name(dir.resolve("meetings/boards/khwb.yaml")), 8, 8),
        "`gouhg` is not a member of `kent-hwb`; did you mean `gough`?; use a member `id` from the board's `members:` list"));
  }

  @Test
  void theSameFileGivenTwiceIsReadOnce() throws IOException {
    Path f = write("all.yaml", BOARD + "---\n" + MEETING);
    Corpus c = InputLoader.load(List.of(f, dir, f));
    assertThat(c.files()).containsExactly(name(f));
    assertThat(c.boards()).hasSize(1);
    assertThat(c.meetings()).hasSize(1);
  }

  @Test
  void boardChecksChairViceChairAndSeats() throws IOException {
    Path f = write("b.yaml", BOARD.replace("chair: gough", "chair: gouhg\nvice-chair: nobody\nseats: 2"));
    assertThat(lines(f)).containsExactly(
        "8:8 `gouhg` is not a member of `kent-hwb`; did you mean `gough`?; use a member `id` from the board's `members:` list",
        "9:13 `nobody` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list",
        "10:8 board `kent-hwb` lists 3 members but has only 2 seats; correct `seats:` or the member list");
    Path ok = write("ok.yaml", BOARD + "seats: 3\n");
    assertThat(InputLoader.load(List.of(ok)).boards()).hasSize(1);
  }

  @Test
  void attendanceChecks() throws IOException {
    Path f = write("m.yaml", BOARD + "---\n" + MEETING + """
        attendance:
          present: [gough, gough, bowes]
          apologies:
            - {member: bowes}
        """);
    assertThat(lines(f)).containsExactly(
        "14:12 `gough` is listed twice under `present`; list each member once",
        "16:16 `bowes` is listed both as present and as sending apologies");
  }

  @Test
  void aPlainListOfApologiesPointsAtTheEntry() throws IOException {
    Path f = write("m.yaml", BOARD + "---\n" + MEETING + """
        attendance:
          present: [gough, bowes]
          apologies: [carter, bowes, nobody]
        """);
    assertThat(lines(f)).containsExactly(
        "15:23 `bowes` is listed both as present and as sending apologies",
        "15:30 `nobody` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list");
    // an entry refused (a null) does not shift the places of the ones after it
    Path g = write("n.yaml", BOARD + "---\n" + MEETING + """
        attendance:
          present: [gough, bowes]
          apologies: [~, bowes, nobody]
        """);
    assertThat(lines(g)).containsExactly(
        "15:15 each entry of `apologies` in `attendance` in this meeting must be a single value, not an empty value",
        "15:18 `bowes` is listed both as present and as sending apologies",
        "15:25 `nobody` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list");
  }

  @Test
  void votesBySubstitutedAbsentAndTwiceVotingMembers() throws IOException {
    Path f = write("m.yaml", BOARD + "---\n" + MEETING + """
        attendance:
          present: [gough]
          apologies: [carter]
          substitutes:
            - {for: bowes, name: A Deputy}
        votes:
          - {item: 3, for: [gough, bowes], against: [carter]}
          - {item: 4, for: [gough], against: [gough]}
        """);
    // bowes is substituted for and carter sent apologies: the voting rules judge those; voting twice is an input error
    assertThat(lines(f)).containsExactly(
        "20:5 `gough` is recorded as voting more than once on item 4; each member votes once");
  }

  @Test
  void aDanglingSymbolicLinkGivenOrFound() throws IOException {
    Path link = dir.resolve("gone.yaml");
    Files.createSymbolicLink(link, dir.resolve("missing.yaml"));
    assertThat(problems(link)).containsExactly(new Problem(Loc.of(link.toString()),
        "a symbolic link that leads nowhere (it loops, or its target is missing); fix or remove the link"));
    Path tree = dir.resolve("tree");
    Files.createDirectories(tree);
    write("tree/b.yaml", BOARD);
    Files.createSymbolicLink(tree.resolve("x.yaml"), dir.resolve("missing.yaml"));
    Files.createSymbolicLink(tree.resolve("notes.txt"), dir.resolve("missing.txt"));
    assertThat(problems(tree)).containsExactly(new Problem(Loc.of(tree.resolve("x.yaml").toString()),
        "a symbolic link that leads nowhere (it loops, or its target is missing); fix or remove the link"));
  }

  @Test
  void aLinkedFileOrFolderIsFollowed() throws IOException {
    // the targets are inside the folder checked (in hidden folders, which the walk itself skips)
    write("tree/.real/b.yaml", BOARD);
    Path tree = dir.resolve("tree");
    Files.createSymbolicLink(tree.resolve("boards"), dir.resolve("tree/.real"));
    write("tree/.elsewhere/m.yaml", MEETING);
    Files.createSymbolicLink(tree.resolve("m.yaml"), dir.resolve("tree/.elsewhere/m.yaml"));
    Corpus c = InputLoader.load(List.of(tree));
    assertThat(c.boards()).hasSize(1);
    assertThat(c.meetings()).hasSize(1);
  }

  @Test
  void hiddenFilesAndFoldersAreSkippedButAHiddenFolderGivenIsRead() throws IOException {
    write("t/.git/x.yaml", "kind: nonsense\n");
    write("t/.hidden.yaml", "kind: nonsense\n");
    write("t/b.yaml", BOARD);
    assertThat(InputLoader.load(List.of(dir.resolve("t"))).files()).containsExactly(name(dir.resolve("t/b.yaml")));
    write(".cfg/b.yaml", BOARD);
    assertThat(InputLoader.load(List.of(dir.resolve(".cfg"))).boards()).hasSize(1);
  }

  @Test
  void aDirectoryWithOnlyADanglingLinkSaysOnlyThat() throws IOException {
    Path tree = dir.resolve("tree");
    Files.createDirectories(tree);
    Files.createSymbolicLink(tree.resolve("x.yaml"), dir.resolve("missing.yaml"));
    assertThat(problems(tree)).extracting(Problem::message).containsExactly(
        "a symbolic link that leads nowhere (it loops, or its target is missing); fix or remove the link");
  }

  @Test
  void displayNamesAreRelativeToTheWorkingDirectoryWithForwardSlashes() {
    Path cwd = Path.of("").toAbsolutePath();
    assertThat(InputLoader.display(cwd.resolve("a/b.yaml"))).isEqualTo("a/b.yaml");
    assertThat(InputLoader.display(Path.of("a/./c/../b.yaml"))).isEqualTo("a/b.yaml");
    assertThat(InputLoader.display(dir.resolve("x.yaml"))).isEqualTo(
        dir.toAbsolutePath().startsWith(cwd) ? cwd.relativize(dir.resolve("x.yaml")).toString() : dir.resolve("x.yaml").toString());
  }

  @Test
  void everyMemberReferenceInAMeetingIsChecked() throws IOException {
    Path f = write("m.yaml", BOARD + "---\n" + MEETING + """
        type: requisitioned
        notice-recipients:
          - x1
        requisition:
          signed-by:
            - x2
        agenda:
          - {item: 1, requested-by: x3}
        member-requests:
          - {member: x4}
        attendance:
          present:
            - x5
          apologies:
            - {member: x6}
          substitutes:
            - {for: x7}
        presiding:
          - {member: x8}
        interests:
          - {member: x9, item: 1, kind: other}
        votes:
          - for: [x10]
            against: [x11]
            abstain: [x12]
            casting-by: x13
            item: 1
        minutes:
          signed-by: x14
        """);
    assertThat(lines(f)).containsExactly(
        "15:3 `x1` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list",
        "18:5 `x2` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list",
        "20:29 `x3` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list",
        "22:14 `x4` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list",
        "25:5 `x5` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list",
        "27:16 `x6` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list",
        "29:13 `x7` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list",
        "31:14 `x8` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list",
        "33:14 `x9` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list",
        "35:10 `x10` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list",
        "36:14 `x11` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list",
        "37:14 `x12` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list",
        "38:17 `x13` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list",
        "41:14 `x14` is not a member of `kent-hwb`; use a member `id` from the board's `members:` list");
  }

  @Test
  void everyMemberReferenceInAPanelIsChecked() throws IOException {
    Path f = write("p.yaml", """
        kind: panel
        id: soip
        council: kent-county-council
        members:
          - {id: ip1}
        chair: y1
        meetings:
          - date: 2015-11-02
            present: [ip1, y2]
            presiding: y3
        """);
    assertThat(lines(f)).containsExactly(
        "6:8 `y1` is not a member of `soip`; did you mean `ip1`?; use a member `id` from the board's `members:` list",
        "9:14 `y2` is not a member of `soip`; use a member `id` from the board's `members:` list",
        "10:16 `y3` is not a member of `soip`; use a member `id` from the board's `members:` list");
  }

  @Test
  void aVoterRecordedAsAwayIsForTheRulesButAnUnmentionedVoterIsAnInputError() throws IOException {
    String board = BOARD.replace("  - {id: carter, name: Paul Carter}\n", "  - {id: carter, name: Paul Carter}\n  - {id: nameless}\n");
    Path ok = write("ok.yaml", board + "---\n" + MEETING + """
        attendance:
          present: [gough]
          apologies:
            - {member: bowes}
          also-present: [Carter, nameless]
        votes:
          - {item: 1, for: [gough, bowes], against: [carter, nameless]}
        """);
    assertThat(InputLoader.load(List.of(ok)).meetings()).hasSize(1);
    Path byName = write("name.yaml", board + "---\n" + MEETING + """
        attendance:
          present: [gough]
          also-present: [paul carter]
        votes:
          - {item: 1, for: [gough, carter]}
        """);
    assertThat(InputLoader.load(List.of(byName)).meetings()).hasSize(1);
    Path bad = write("bad.yaml", board + "---\n" + MEETING + """
        attendance:
          present: [gough]
          apologies:
            - {member: bowes}
          also-present: [Someone Else, Paul]
        votes:
          - {item: 1, for: [gough, carter, nameless]}
        """);
    assertThat(lines(bad)).containsExactly(
        "20:5 `carter` votes on item 1 but is not listed under `attendance:` `present:` (nor as substituted for);"
            + " only members present may vote: add them to `present` or correct the vote",
        "20:5 `nameless` votes on item 1 but is not listed under `attendance:` `present:` (nor as substituted for);"
            + " only members present may vote: add them to `present` or correct the vote");
  }

  @Test
  void aBoardReadByPathIsKnownByIdToLaterMeetings() throws IOException {
    write("meetings/boards/khwb.yaml", BOARD);
    Path m1 = write("meetings/m1.yaml", MEETING.replace("board: kent-hwb", "board: boards/khwb.yaml"));
    Path m2 = write("meetings/m2.yaml", MEETING.replace("05-29", "06-05"));
    assertThat(InputLoader.load(List.of(m1, m2)).meetings()).extracting(x -> x.board())
        .containsExactly("kent-hwb", "kent-hwb");
  }
}
