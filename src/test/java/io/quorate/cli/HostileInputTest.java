package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of broken or hostile input, through the command line as a user meets it: exit 2, one
 * plain {@code file:line:column: error: ...} line per problem with what to do, the closing count,
 * nothing on stdout and never a stack trace. The README's reliability table lists these messages.
 */
class HostileInputTest {
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

  static final String MEETING = BOARD + """
      ---
      kind: meeting
      board: kent-hwb
      date: 2013-05-29
      notice-sent: 2013-05-20
      """;

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  Path writeBytes(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  /** Runs {@code check} on the paths and asserts the invalid-input contract; returns the error lines. */
  static List<String> invalid(Path... paths) {
    String[] args = new String[paths.length + 1];
    args[0] = "check";
    for (int i = 0; i < paths.length; i++) args[i + 1] = paths[i].toString();
    Cli r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
    List<String> lines = r.err().lines().toList();
    int n = lines.size() - 1;
    assertThat(lines.get(n)).isEqualTo(n == 1
        ? "1 problem in the input; nothing was checked. Fix it and run again."
        : n + " problems in the input; nothing was checked. Fix them and run again.");
    return lines.subList(0, n);
  }

  static String only(Path... paths) {
    List<String> lines = invalid(paths);
    assertThat(lines).hasSize(1);
    return lines.get(0);
  }

  // ---- not YAML at all ----------------------------------------------------------------------------

  @Test
  void malformedYaml() throws IOException {
    Path f = write("malformed.yaml", "kind: board\nid: [unclosed\n");
    assertThat(only(f)).isEqualTo(f + ":3:1: error: YAML syntax error: while parsing a flow sequence (started at line 2,"
        + " column 5): expected ',' or ']', but got <stream end>; check the indentation and quoting on this line");
    Path g = write("indent.yaml", "kind: board\nid: x\n  name: y\n");
    assertThat(only(g)).isEqualTo(g + ":3:7: error: YAML syntax error: mapping values are not allowed here;"
        + " check the indentation and quoting on this line");
  }

  @Test
  void tabs() throws IOException {
    Path f = write("tabs.yaml", "kind: board\nmembers:\n\t- id: x\n");
    assertThat(only(f)).isEqualTo(f + ":3:1: error: YAML syntax error: a tab character; indent with spaces, never tabs");
  }

  @Test
  void notUtf8() throws IOException {
    Path f = writeBytes("latin1.yaml", "kind: board\nid: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(only(f)).isEqualTo(f + ":2:8: error: the file is not UTF-8 text (byte 0xE9); save it as UTF-8");
  }

  @Test
  void nulByte() throws IOException {
    Path f = write("nul.yaml", "kind: board\nid: a\u0000b\n");
    assertThat(only(f)).isEqualTo(f + ":2:6: error: the file contains a NUL byte; it is probably not a text file");
  }

  @Test
  void controlCharacter() throws IOException {
    Path f = write("esc.yaml", "kind: board\nid: a\u001b[31mred\n");
    assertThat(only(f)).isEqualTo(f + ":2:6: error: the file contains the control character U+001B, which YAML does not"
        + " allow; remove it (it may be a stray escape sequence or binary data)");
  }

  @Test
  void emptyFile() throws IOException {
    Path f = write("empty.yaml", "\n  \n");
    assertThat(only(f)).isEqualTo(f + ": error: the file is empty: nothing to check; add a document starting with `kind:`");
  }

  @Test
  void aFileOverTheSizeLimitIsNotRead() throws IOException {
    Path f = dir.resolve("huge.yaml");
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(50L * 1024 * 1024); // sparse: 50 MiB without writing them
    }
    assertThat(only(f)).isEqualTo(f + ": error: the file is 50 MiB; quorate reads files of at most 8 MiB:"
        + " split it into one file per board or per year");
  }

  // ---- hostile YAML -------------------------------------------------------------------------------

  @Test
  void aliasBomb() throws IOException {
    StringBuilder s = new StringBuilder("kind: board\nid: x\nname: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    String prev = "a";
    for (int i = 0; i < 9; i++) {
      String n = "l" + i;
      s.append("x-").append(n).append(": &").append(n).append(" [");
      for (int j = 0; j < 9; j++) s.append(j == 0 ? "" : ", ").append("*").append(prev);
      s.append("]\n");
      prev = n;
    }
    Path f = write("bomb.yaml", s.toString());
    // the 51st alias to a list: the 6th of line 9 (five lines of nine before it)
    assertThat(only(f)).isEqualTo(f + ":9:37: error: the file uses more than 50 aliases (`*name`);"
        + " quorate refuses it as a possible alias bomb: write the lists out, or split the file");
  }

  @Test
  void deepNesting() throws IOException {
    Path f = write("deep.yaml", "kind: board\nid: x\nname: " + "[".repeat(45) + "]".repeat(45) + "\n");
    assertThat(only(f)).isEqualTo(f + ":3:46: error: the YAML is nested more than 40 levels deep; quorate's"
        + " documents need far fewer: check the indentation");
    // a million brackets on one line are stopped by the line-length limit before any parsing
    Path g = write("deeper.yaml", "kind: board\nid: x\nname: " + "[".repeat(1_000_000) + "\n");
    assertThat(only(g)).startsWith(g + ":3:65537: error: line 3 is 1000006 characters long");
  }

  @Test
  void recursiveAliasesAreRefusedNotOverflowed() throws IOException {
    Path seq = write("rec-list.yaml", "kind: board\nid: x\nname: &a [*a]\n");
    assertThat(only(seq)).isEqualTo(seq + ":3:7: error: the value anchored here `&a` contains an alias to itself"
        + " (`*a`), so it never ends; write the value out instead of referring to it from inside itself");
    Path map = write("rec-map.yaml", BOARD + "procedure: &p\n  quorum: *p\n");
    assertThat(only(map)).isEqualTo(map + ":9:12: error: the value anchored here `&p` contains an alias to itself"
        + " (`*p`), so it never ends; write the value out instead of referring to it from inside itself");
    Path deep = write("rec-deep.yaml", "kind: meeting\nboard: b\ndate: 2013-05-29\nattendance: &x\n"
        + "  present: [a]\n  substitutes:\n    - for: a\n      name: [{b: *x}]\n");
    assertThat(only(deep)).startsWith(deep + ":4:13: error: the value anchored here `&x` contains an alias to itself");
  }

  // ---- well-formed YAML, wrong content -------------------------------------------------------------

  @Test
  void duplicateKey() throws IOException {
    Path f = write("dup.yaml", MEETING + "date: 2013-05-30\n");
    assertThat(only(f)).isEqualTo(f + ":14:1: error: duplicate key `date` in this meeting (first given at line 12);"
        + " remove one of them");
  }

  @Test
  void unknownKeyWithSuggestion() throws IOException {
    Path f = write("typo.yaml", MEETING + "attendence:\n  present: [gough]\n");
    assertThat(only(f)).isEqualTo(f + ":14:1: error: unknown key `attendence` in this meeting; did you mean `attendance`?");
  }

  @Test
  void wrongType() throws IOException {
    Path f = write("type.yaml", BOARD + "seats: [1, 2]\n");
    assertThat(only(f)).isEqualTo(f + ":9:8: error: `seats` in this board must be a whole number, not a list");
  }

  @Test
  void aProcedureSwitchWithATypoIsAnErrorNotTheDefault() throws IOException {
    Path f = write("switch.yaml", BOARD + "procedure:\n  majority-basis: presnt\n  term-ends: 13-45\n");
    assertThat(invalid(f)).containsExactly(
        f + ":10:19: error: procedure parameter `majority-basis` must be one of present, present-and-voting, not `presnt`;"
            + " did you mean `present`?",
        f + ":11:14: error: procedure parameter `term-ends` must be a day of the year as MM-DD, such as 04-01, not `13-45`");
  }

  @Test
  void impossibleDate() throws IOException {
    Path f = write("feb30.yaml", MEETING.replace("date: 2013-05-29", "date: 2013-02-30"));
    assertThat(only(f)).isEqualTo(f + ":12:7: error: `date` in this meeting is an impossible date `2013-02-30`:"
        + " February 2013 has 28 days");
  }

  @Test
  void yearOutOfRange() throws IOException {
    Path f = write("year.yaml", MEETING.replace("notice-sent: 2013-05-20", "notice-sent: 2103-05-20"));
    assertThat(only(f)).isEqualTo(f + ":13:14: error: `notice-sent` in this meeting has the year 2103, outside"
        + " 1970-2100; check the date `2103-05-20`");
  }

  @Test
  void unknownBoard() throws IOException {
    Path f = write("board-ref.yaml", MEETING.replace("board: kent-hwb", "board: kent-hbw"));
    assertThat(only(f)).isEqualTo(f + ":11:8: error: unknown board `kent-hbw`; did you mean `kent-hwb`?; give the id"
        + " of a board in the files checked, or a relative path to its file");
  }

  @Test
  void unknownMember() throws IOException {
    Path f = write("member-ref.yaml", MEETING + "attendance:\n  present: [gough, bowse]\n");
    assertThat(only(f)).isEqualTo(f + ":15:12: error: `bowse` is not a member of `kent-hwb`; did you mean `bowes`?;"
        + " use a member `id` from the board's `members:` list");
  }

  @Test
  void memberListedTwice() throws IOException {
    Path f = write("twice.yaml", BOARD.replace("chair: gough\n", "  - {id: gough}\nchair: gough\n"));
    assertThat(only(f)).isEqualTo(f + ":8:10: error: member `gough` is listed twice in board `kent-hwb`;"
        + " list each member once");
  }

  @Test
  void aVoteByAMemberWhoIsNotPresent() throws IOException {
    Path f = write("vote.yaml", MEETING + """
        attendance:
          present: [gough, carter]
        votes:
          - {item: 3, for: [gough, bowes], against: [carter]}
        """);
    assertThat(only(f)).isEqualTo(f + ":17:5: error: `bowes` votes on item 3 but is not listed under `attendance:`"
        + " `present:` (nor as substituted for); only members present may vote: add them to `present` or correct the vote");
  }

  @Test
  void aVoteByANonMember() throws IOException {
    Path f = write("vote-non-member.yaml", MEETING + """
        attendance:
          present: [gough, carter]
          also-present: [Hazel Carpenter]
        votes:
          - {item: 3, for: [gough, Hazel Carpenter], against: [carter]}
        """);
    assertThat(only(f)).isEqualTo(f + ":18:20: error: `Hazel Carpenter` is not a member of `kent-hwb`;"
        + " use a member `id` from the board's `members:` list");
  }

  /** Found by the fuzz test: an empty required value ({@code date: &anchor}) reached the engine. */
  @Test
  void anEmptyRequiredValueIsMissingNotNull() throws IOException {
    Path f = write("empty-date.yaml", MEETING.replace("date: 2013-05-29", "date: &2013-05-29'"));
    assertThat(only(f)).isEqualTo(f + ":12:7: error: this meeting needs `date`: a date (YYYY-MM-DD), not an empty value");
    Path g = write("empty-board.yaml", MEETING.replace("board: kent-hwb", "board: ~"));
    assertThat(only(g)).isEqualTo(g + ":11:8: error: this meeting needs `board`: a value, not an empty value");
  }

  /** Found by the fuzz test: a multi-line value quoted in a message broke "one problem, one line". */
  @Test
  void quotedInputIsOneLineAndShort() throws IOException {
    Path f = write("kind.yaml", "kind: |\n  text\n  more\nid: x\n");
    assertThat(only(f)).isEqualTo(f + ":1:7: error: unknown kind `text\\nmore\\n`; quorate reads board,"
        + " meeting, report, panel, dismissal");
    Path g = write("long.yaml", "kind: " + "y".repeat(5000) + "\nid: x\n");
    assertThat(only(g)).isEqualTo(g + ":1:7: error: unknown kind `" + "y".repeat(57) + "...`; quorate reads board,"
        + " meeting, report, panel, dismissal");
  }

  // ---- files and folders --------------------------------------------------------------------------

  @Test
  void pathThatDoesNotExist() {
    Path f = dir.resolve("nope.yaml");
    assertThat(only(f)).isEqualTo(f + ": error: no such file or directory; check the path");
  }

  @Test
  void directoryWithNoYaml() throws IOException {
    write("notes/readme.txt", "hello");
    Path d = dir.resolve("notes");
    assertThat(only(d)).isEqualTo(d + ": error: the directory holds no .yaml or .yml files; nothing to check");
  }

  @Test
  void unreadableFile() throws IOException {
    Path f = write("secret.yaml", BOARD);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(f), "ASSUMPTION: running as root (or with CAP_DAC_OVERRIDE), where a file with"
          + " mode 000 is still readable; the unreadable-file case cannot be shown here");
      assertThat(only(f)).isEqualTo(f + ": error: the file is not readable; check its permissions");
      write("folder/board.yaml", BOARD);
      Path inFolder = dir.resolve("folder/secret.yaml");
      Files.move(f, inFolder);
      assertThat(only(dir.resolve("folder"))).isEqualTo(inFolder
          + ": error: cannot read the file (permission denied); check that it exists and is readable");
    } finally {
      if (Files.exists(f)) Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
      Path moved = dir.resolve("folder/secret.yaml");
      if (Files.exists(moved)) Files.setPosixFilePermissions(moved, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void symbolicLinkLoopInAFolder() throws IOException {
    write("tree/board.yaml", BOARD);
    Path loop = Files.createSymbolicLink(dir.resolve("tree/again"), dir.resolve("tree"));
    assertThat(only(dir.resolve("tree"))).isEqualTo(loop
        + ": error: a symbolic link loops back to a folder above it; skipped it: remove the link");
  }

  @Test
  void symbolicLinkLoopOfFiles() throws IOException {
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.yaml");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    assertThat(only(a)).isEqualTo(a + ": error: a symbolic link that leads nowhere (it loops, or its target is"
        + " missing); fix or remove the link");
    // inside a folder, the walk finds the looping links and names each
    Files.createDirectories(dir.resolve("links"));
    Files.move(a, dir.resolve("links/a.yaml"));
    Files.move(b, dir.resolve("links/b.yaml"));
    Files.delete(dir.resolve("links/a.yaml"));
    Files.createSymbolicLink(dir.resolve("links/a.yaml"), dir.resolve("links/b.yaml"));
    Files.delete(dir.resolve("links/b.yaml"));
    Files.createSymbolicLink(dir.resolve("links/b.yaml"), dir.resolve("links/a.yaml"));
    List<String> lines = invalid(dir.resolve("links"));
    assertThat(lines).containsExactly(
        dir.resolve("links/a.yaml") + ": error: a symbolic link that leads nowhere (it loops, or its target is"
            + " missing); fix or remove the link",
        dir.resolve("links/b.yaml") + ": error: a symbolic link that leads nowhere (it loops, or its target is"
            + " missing); fix or remove the link");
  }

  // ---- all at once --------------------------------------------------------------------------------

  @Test
  void everyProblemInARunIsReportedNotJustTheFirst() throws IOException {
    Path a = write("many.yaml", MEETING.replace("date: 2013-05-29", "date: 2013-02-30") + """
        notice_sent: 2013-05-20
        attendance:
          present: [gough, bowse]
        """);
    Path b = write("tabs.yaml", "kind: board\n\tid: x\n");
    Path c = dir.resolve("missing.yaml");
    List<String> lines = invalid(a, b, c);
    assertThat(lines).containsExactly(
        a + ":12:7: error: `date` in this meeting is an impossible date `2013-02-30`: February 2013 has 28 days",
        a + ":14:1: error: unknown key `notice_sent` in this meeting; did you mean `notice-sent`?",
        a + ":16:12: error: `bowse` is not a member of `kent-hwb`; did you mean `bowes`?; use a member `id` from"
            + " the board's `members:` list",
        c + ": error: no such file or directory; check the path",
        b + ":2:1: error: YAML syntax error: a tab character; indent with spaces, never tabs");
  }
}
