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
    return invalidRun(args);
  }

  /** Runs the command line and asserts the invalid-input contract; returns the error lines. */
  static List<String> invalidRun(String... args) {
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

  /** Runs the command line and asserts a usage error: exit 2, nothing on stdout, the message and where the usage is. */
  static void usage(String message, String... args) {
    Cli r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("quorate: " + message + "\nRun `quorate " + args[0] + " --help` for usage.\n");
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

  /** A board with no profile was judged by no rule: its meetings reported "0 breaches", a silent pass. */
  @Test
  void aBoardMustNameItsProfile() throws IOException {
    String profiles = "one of kent-hwb-2015, ccg-hwb-2013, cog-2014, soip-2015, kent-county-council-2015, kct-2011"
        + " (`quorate rules` lists each profile's rules)";
    Path f = write("no-profile.yaml", MEETING.replace("profile: kent-hwb-2015\n", ""));
    assertThat(only(f)).isEqualTo(f + ":1:1: error: board `kent-hwb` names no `profile:`, so no rule would check it"
        + " or its meetings; add `profile:` with the terms of reference that govern it, " + profiles);
    Path g = write("null-profile.yaml", MEETING.replace("profile: kent-hwb-2015", "profile: ~"));
    assertThat(only(g)).isEqualTo(g + ":3:10: error: board `kent-hwb` names no `profile:`, so no rule would check it"
        + " or its meetings; add `profile:` with the terms of reference that govern it, " + profiles);
  }

  @Test
  void aFileOfOnlyCommentsIsAsEmptyAsABlankOne() throws IOException {
    Path f = write("comments.yaml", "# the board, to be written up\n# kind: board\n");
    assertThat(only(f)).isEqualTo(f + ": error: the file holds only comments, no document: nothing to check; add a"
        + " document starting with `kind:`");
    Path board = write("board.yaml", MEETING);
    Path waivers = write("waivers.yaml", "# no waivers yet\n");
    assertThat(invalidRun("check", "--waivers", waivers.toString(), board.toString())).containsExactly(waivers
        + ": error: the file holds only comments, no document: nothing to check; add a document starting with `kind:`");
  }

  /** `!!bool maybe` was read as false; every tag is now read as its type or refused. */
  @Test
  void everyTagIsReadAsItsTypeOrRefused() throws IOException {
    Path f = write("tags.yaml", """
        kind: board
        id: kent-hwb
        profile: kent-hwb-2015
        members:
          - {id: gough, name: Roger Gough, elected: !!bool maybe}
          - {id: bowes, name: !!float Bob}
          - {id: carter, name: !!str Paul Carter, statutory: !!bool "yes", elected: !!bool off}
        chair: gough
        seats: !!int twelve
        established: !!timestamp someday
        vice-chair: !!null carter
        administered-by: !kcc Kent County Council
        parent: !!binary aGVsbG8=
        reports-to: !!omap [kent-county-council]
        audit: !!set {from: 2013-04-01, to: 2014-03-31}
        chair-elected: !!timestamp 2013-05-29
        """);
    String remove = ", which quorate does not read: remove it";
    assertThat(invalid(f)).containsExactly(
        f + ":5:45: error: `elected` in a member in `members` is tagged `!!bool`, but `maybe` is not true or false"
            + " (or yes, no, on, off): correct the value or remove the tag",
        f + ":6:23: error: `name` in a member in `members` is tagged `!!float`, but `Bob` is not a number: correct"
            + " the value or remove the tag",
        f + ":9:8: error: `seats` in this board is tagged `!!int`, but `twelve` is not a whole number: correct the"
            + " value or remove the tag",
        f + ":10:14: error: `established` in this board is tagged `!!timestamp`, but `someday` is not a date:"
            + " correct the value or remove the tag",
        f + ":11:13: error: `vice-chair` in this board is tagged `!!null`, but `carter` is not empty (nothing, ~ or"
            + " null): correct the value or remove the tag",
        f + ":12:18: error: `administered-by` in this board has the tag `!kcc`" + remove
            + " (values are plain text, numbers, true or false, and dates)",
        f + ":13:9: error: `parent` in this board has the tag `!!binary`" + remove
            + " (values are plain text, numbers, true or false, and dates)",
        f + ":14:13: error: `reports-to` in this board has the tag `!!omap`" + remove,
        f + ":15:8: error: `audit` in this board has the tag `!!set`" + remove);
  }

  @Test
  void aWholeNumberIsWrittenInDecimal() throws IOException {
    // YAML 1.1 reads 010 as octal 8 and 0x10 as 16: neither is what a clerk writing seats means
    Path f = write("octal.yaml", BOARD + "seats: 010\n");
    assertThat(only(f)).isEqualTo(f + ":9:8: error: `seats` in this board must be a whole number written in decimal"
        + " digits, such as 12, not `010`");
  }

  /** Control characters written as YAML escapes reached the terminal raw; only raw bytes were refused. */
  @Test
  void controlCharactersWrittenAsEscapesAreRefused() throws IOException {
    Path f = write("escapes.yaml", """
        kind: board
        id: "kent-hwb\\x01"
        name: "\\e]0;owned\\a\\e[2J"
        profile: kent-hwb-2015
        members:
          - {id: gough, name: "\\x7f"}
          - {id: bowes, name: "Dr Bob\\u202E Bowes"}
        chair: gough
        """);
    String remove = ", which quorate does not accept in a value: remove it (it may come from an escape such as \\e or"
        + " \\x1b in quotes, or from pasted text)";
    assertThat(invalid(f)).containsExactly(
        f + ":2:5: error: `id` in this board contains the control character U+0001 (START OF HEADING)" + remove,
        f + ":3:7: error: `name` in this board contains the control character U+001B (ESCAPE)" + remove,
        f + ":6:23: error: `name` in a member in `members` contains the control character U+007F (DELETE)" + remove,
        f + ":7:23: error: `name` in a member in `members` contains the character U+202E (RIGHT-TO-LEFT OVERRIDE),"
            + " which changes the order text is shown in, so what is shown is not what is read: remove it");
  }

  /** A reason may run over several lines; an id, a reference, a date or a name may not. */
  @Test
  void lineBreaksOnlyWhereTextMayRunOverLines() throws IOException {
    Path ok = write("reason.yaml", MEETING + """
        agenda:
          - item: 1
            title: >
              Integrated Commissioning Strategy
              (folded onto one line)
            papers-sent: 2013-05-28
            late-reason: |
              The strategy was agreed by the CCG boards on 27 May,
              the day before the papers went out.
        """);
    Cli r = Cli.run("check", ok.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.err()).isEmpty();
    // (how a report shows the reason's line break is the report's business, not the reader's)
    assertThat(r.out()).contains("info late-papers [kent-hwb-2013-05-29]")
        .contains("Papers for item 1 (Integrated Commissioning Strategy (folded onto one line)) sent Tue 28 May 2013")
        .contains("the recorded reason \"The strategy was agreed by the CCG boards on 27 May,");
    Path f = write("breaks.yaml", MEETING.replace("board: kent-hwb", "board: \"kent-hwb\\n\"") + """
        attendance:
          present: ["gough\\u2028"]
        agenda:
          - {item: 1, title: "two\\nlines", late-reason: "tab\\tand\\u2029"}
        """);
    assertThat(invalid(f)).containsExactly(
        f + ":11:8: error: `board` in this meeting contains a line break, but an id or reference must be on one line:"
            + " join the lines",
        f + ":15:13: error: `present` in `attendance` in this meeting contains a line break (U+2028 LINE SEPARATOR),"
            + " but an id or reference must be on one line: join the lines",
        f + ":17:22: error: `title` in an agenda item in `agenda` contains a line break, but a name or title must be"
            + " on one line (only a reason may run over several lines): join the lines",
        f + ":17:49: error: `late-reason` in an agenda item in `agenda` contains the character U+2029 (PARAGRAPH"
            + " SEPARATOR): write an ordinary line break instead");
  }

  /** A 3.6 MB id made a 118 MB JUnit file: ids and texts have lengths no real body needs. */
  @Test
  void idsAndTextsHaveALengthLimit() throws IOException {
    Path f = write("long.yaml", BOARD.replace("id: kent-hwb", "id: " + "k".repeat(101))
        + "name: " + "n".repeat(501) + "\n");
    assertThat(invalid(f)).containsExactly(
        f + ":2:5: error: `id` in this board is 101 characters long; an id or reference may be at most 100"
            + " characters: check the value (an id only needs to tell one body, meeting or member from another)",
        f + ":9:7: error: `name` in this board is 501 characters long; a name or title may be at most 500"
            + " characters: shorten it (quote a minute or paper reference for the full text)");
    Path g = write("longest.yaml", BOARD.replace("id: kent-hwb", "id: " + "k".repeat(100))
        + "name: " + "n".repeat(500) + "\n");
    assertThat(Cli.run("check", g.toString()).exit()).isNotEqualTo(ExitCodes.INVALID);
  }

  /** A nested `procedure:` value printed a SnakeYAML node's toString. */
  @Test
  void aProcedureValueIsAValueNotAMapping() throws IOException {
    Path f = write("nested.yaml", BOARD + "procedure:\n  notice-days: {ordinary: 5}\n  meeting-types: [[ordinary]]\n");
    assertThat(invalid(f)).containsExactly(
        f + ":10:16: error: procedure parameter `notice-days` must be a number, a word, a fraction, a date or a list"
            + " of words, not a mapping",
        f + ":11:19: error: each entry of `meeting-types` in `procedure` in this board must be a single value, not a"
            + " list");
  }

  @Test
  void aWaiverExpiryIsADateLikeAnyOther() throws IOException {
    Path board = write("board.yaml", MEETING);
    Path waivers = write("waivers.yaml", """
        waivers:
          - {rule: notice-period, subject: kent-hwb, reason: agreed, owner: clerk, expires: 9999-12-31}
        """);
    assertThat(invalidRun("check", "--waivers", waivers.toString(), board.toString())).containsExactly(waivers
        + ":2:85: error: `expires` in a waiver in `waivers` has the year 9999, outside 1970-2100; check the date"
        + " `9999-12-31`");
  }

  // ---- dates and ranges on the command line --------------------------------------------------------

  /** `--period -999999999-01-01..+999999999-12-31` hung; `days` to year 999999999 ran out of memory. */
  @Test
  void everyDateOnTheCommandLineIsBoundedAsInFiles() throws IOException {
    Path board = write("board.yaml", MEETING);
    usage("--period FROM must be a date written YYYY-MM-DD, not `-999999999-01-01`",
        "check", "--period", "-999999999-01-01..+999999999-12-31", board.toString());
    usage("--period TO has the year 2101, outside 1970-2100; check the date `2101-12-31`",
        "check", "--period", "2013-04-01..2101-12-31", board.toString());
    usage("TO must be a date written YYYY-MM-DD, not `+999999999-12-31`", "days", "2013-05-20", "+999999999-12-31");
    usage("FROM has the year 1969, outside 1970-2100; check the date `1969-12-31`", "days", "1969-12-31", "2013-05-29");
    usage("--date must be a date written YYYY-MM-DD, not `-999999999-01-01`",
        "plan", "--board", board.toString(), "--date=-999999999-01-01");
    usage("--requisition-received is an impossible date `2013-02-30`: February 2013 has 28 days",
        "plan", "--board", board.toString(), "--date", "2013-06-20", "--requisition-received", "2013-02-30");
  }

  // ---- other inputs ---------------------------------------------------------------------------------

  /** A baseline of `[null]` named a NullPointerException; `[{}]` matched nothing, in silence. */
  @Test
  void aBaselineEntryMustBeAFinding() throws IOException {
    Path board = write("board.yaml", MEETING);
    Path nul = write("null.json", "{\"tool\": \"quorate\", \"version\": \"1.0.0\", \"findings\": [null]}");
    usage(nul + " is not a quorate baseline (finding 1 of 1 is null); write one with --write-baseline " + nul,
        "check", "--baseline", nul.toString(), board.toString());
    Path empty = write("empty.json", "{\"tool\": \"quorate\", \"version\": \"1.0.0\", \"findings\": [{}]}");
    usage(empty + " is not a quorate baseline (finding 1 of 1 is missing its rule); write one with --write-baseline "
        + empty, "check", "--baseline", empty.toString(), board.toString());
    Path list = write("list.json", "[null]");
    usage(list + " is not a quorate baseline (no `\"tool\": \"quorate\"`); write one with --write-baseline " + list,
        "check", "--baseline", list.toString(), board.toString());
  }

  /** A --holidays file covering part of a year replaced that whole year in silence. */
  @Test
  void aHolidaysFileWithFewerHolidaysInAYearIsNamed() throws IOException {
    Path holidays = write("holidays.json", """
        {"england-and-wales": {"division": "england-and-wales", "events": [
          {"title": "Early May bank holiday", "date": "2015-05-04", "notes": "", "bunting": true}
        ]}}
        """);
    Cli r = Cli.run("days", "2015-05-22", "2015-05-27", "--holidays", holidays.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEqualTo("quorate: warning: " + holidays + " lists fewer bank holidays than the built-in data"
        + " in 2015 (1, not 8); its years replace the built-in ones, so the holidays it leaves out count as working"
        + " days. Use a complete copy of https://www.gov.uk/bank-holidays.json unless that year really has fewer.\n");
    // what the warning is about: the Spring bank holiday, Mon 25 May 2015, counts
    assertThat(r.out()).contains("2 clear working days");
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
