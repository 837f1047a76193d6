package io.quorate.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorate.model.Loc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The safe YAML reader: exact places and messages for every kind of unreadable file. */
class YamlSourceTest {
  @TempDir Path dir;
  Problems problems = new Problems();

  List<Node> parse(String text) {
    return YamlSource.parse(text.getBytes(StandardCharsets.UTF_8), "f.yaml", problems);
  }

  List<Node> parse(byte[] bytes) {
    return YamlSource.parse(bytes, "f.yaml", problems);
  }

  Problem only() {
    assertThat(problems.list()).hasSize(1);
    return problems.list().get(0);
  }

  static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
    return out;
  }

  static byte[] concat(String before, byte[] bad) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[a.length + bad.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(bad, 0, out, a.length, bad.length);
    return out;
  }

  @Test
  void readsEveryDocumentOfAFile() throws IOException {
    Path f = dir.resolve("two.yaml");
    Files.writeString(f, "kind: board\nid: a\n---\nkind: board\nid: b\n");
    List<Node> docs = YamlSource.read(f, "two.yaml", problems);
    assertThat(problems.isEmpty()).isTrue();
    assertThat(docs).hasSize(2).allSatisfy(n -> assertThat(n).isInstanceOf(MappingNode.class));
    assertThat(docs.get(1).getStartMark().getLine()).isEqualTo(3);
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    List<Node> docs = parse("\uFEFFkind: board\n");
    assertThat(problems.isEmpty()).isTrue();
    MappingNode m = (MappingNode) docs.get(0);
    assertThat(((ScalarNode) m.getValue().get(0).getKeyNode()).getValue()).isEqualTo("kind");
  }

  @Test
  void aMissingFileCannotBeRead() {
    assertThat(YamlSource.read(dir.resolve("nope.yaml"), "nope.yaml", problems)).isEmpty();
    assertThat(only()).isEqualTo(new Problem(Loc.of("nope.yaml"),
        "cannot read the file (no such file); check that it exists and is readable"));
  }

  @Test
  void aDirectoryCannotBeReadAsAFile() {
    assertThat(YamlSource.read(dir, "d", problems)).isEmpty();
    assertThat(only().message()).startsWith("cannot read the file (").endsWith("); check that it exists and is readable")
        .doesNotContain("()");
  }

  @Test
  void theReasonIsShortAndPlain() {
    assertThat(InputFiles.reason(new NoSuchFileException("/x"))).isEqualTo("no such file");
    assertThat(InputFiles.reason(new AccessDeniedException("/x"))).isEqualTo("permission denied");
    assertThat(InputFiles.reason(new FileSystemException("/x", null, "Is a directory"))).isEqualTo("Is a directory");
    assertThat(InputFiles.reason(new FileSystemException("/x"))).isEqualTo("/x");
    assertThat(InputFiles.reason(new IOException("disk on fire"))).isEqualTo("disk on fire");
    assertThat(InputFiles.reason(new IOException())).isEqualTo("IOException");
  }

  @Test
  void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsNot() throws IOException {
    // a NUL byte first makes the read fail fast once the bytes are in: the size check came first
    Path f = dir.resolve("big.yaml");
    Files.write(f, new byte[YamlSource.MAX_BYTES]);
    assertThat(YamlSource.read(f, "big.yaml", problems)).isEmpty();
    assertThat(only()).isEqualTo(new Problem(new Loc("big.yaml", 1, 1),
        "the file contains a NUL byte; it is probably not a text file"));
    Files.write(f, new byte[] {' '}, java.nio.file.StandardOpenOption.APPEND);
    assertThat(YamlSource.read(f, "big.yaml", problems)).isEmpty();
    assertThat(problems.list()).hasSize(2).last().isEqualTo(new Problem(Loc.of("big.yaml"),
        "the file is larger than 8 MiB; quorate reads files of at most 8 MiB: split it into one file per board or per year"));
  }

  @Test
  void theFirstBadByteIsLocatedCountingCharactersNotBytes() {
    // "é" is two bytes but one column; the bad byte 0xFF is the fourth character of line 2
    assertThat(parse(concat("kind: board\nxé ", bytes(0xFF)))).isEmpty();
    assertThat(only()).isEqualTo(new Problem(new Loc("f.yaml", 2, 4), "the file is not UTF-8 text (byte 0xFF); save it as UTF-8"));
  }

  @Test
  void badByteAtTheStart() {
    parse(bytes(0x80, 'a'));
    assertThat(only()).isEqualTo(new Problem(new Loc("f.yaml", 1, 1), "the file is not UTF-8 text (byte 0x80); save it as UTF-8"));
  }

  @Test
  void aTruncatedCharacterAtTheEndIsTheBadByte() {
    parse(concat("ab", bytes(0xE2, 0x82)));
    assertThat(only()).isEqualTo(new Problem(new Loc("f.yaml", 1, 3), "the file is not UTF-8 text (byte 0xE2); save it as UTF-8"));
  }

  @Test
  void aBadContinuationByteIsReportedAtTheCharacterItBreaks() {
    // a valid four-byte emoji, then a three-byte lead whose second byte is not a continuation byte
    parse(concat("\uD83D\uDE00x", bytes(0xE2, 0x41, 0x41)));
    assertThat(only()).isEqualTo(new Problem(new Loc("f.yaml", 1, 3), "the file is not UTF-8 text (byte 0xE2); save it as UTF-8"));
  }

  @Test
  void overlongAndOutOfRangeLeadBytesAreBad() {
    parse(concat("a\n", bytes(0xC0, 0x80)));
    parse(concat("ab\n", bytes(0xF8, 0x80)));
    parse(concat("é", bytes(0xED, 0xA0, 0x80))); // an encoded surrogate
    assertThat(problems.list()).containsExactly(
        new Problem(new Loc("f.yaml", 2, 1), "the file is not UTF-8 text (byte 0xC0); save it as UTF-8"),
        new Problem(new Loc("f.yaml", 2, 1), "the file is not UTF-8 text (byte 0xF8); save it as UTF-8"),
        new Problem(new Loc("f.yaml", 1, 2), "the file is not UTF-8 text (byte 0xED); save it as UTF-8"));
  }

  @Test
  void aNulByteIsLocated() {
    parse("kind: board\nid: ab\u0000\n");
    assertThat(only()).isEqualTo(new Problem(new Loc("f.yaml", 2, 7),
        "the file contains a NUL byte; it is probably not a text file"));
  }

  @Test
  void aControlCharacterAfterASupplementaryCharacterIsLocated() {
    parse("kind: board\nid: \uD83D\uDE00\u0007\n");
    assertThat(only()).isEqualTo(new Problem(new Loc("f.yaml", 2, 7), "the file contains the control character U+0007,"
        + " which YAML does not allow; remove it (it may be a stray escape sequence or binary data)"));
  }

  @Test
  void aFileOfBlankLinesOrOfCommentsOnlyIsRefusedAsEmpty() {
    assertThat(parse(" \n\n  \n")).isEmpty();
    assertThat(only()).isEqualTo(new Problem(Loc.of("f.yaml"),
        "the file is empty: nothing to check; add a document starting with `kind:`"));
    problems = new Problems();
    assertThat(parse("# nothing yet\n\n# kind: board\n")).isEmpty();
    assertThat(only()).isEqualTo(new Problem(Loc.of("f.yaml"),
        "the file holds only comments, no document: nothing to check; add a document starting with `kind:`"));
  }

  @Test
  void aRecursiveDocumentIsSkippedAndTheOthersKept() {
    List<Node> docs = parse("kind: board\nid: a\n---\na: &x [1, *x]\n---\nkind: board\nid: c\n");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(1).getStartMark().getLine()).isEqualTo(5);
    assertThat(only()).isEqualTo(new Problem(new Loc("f.yaml", 4, 4), "the value anchored here `&x` contains an alias"
        + " to itself (`*x`), so it never ends; write the value out instead of referring to it from inside itself"));
  }

  @Test
  void sharedSubtreesAreNotCycles() {
    List<Node> docs = parse("a: &x {b: [1, 2]}\nc: *x\nd: [*x, *x]\ne: &y [*x]\nf: *y\n");
    assertThat(problems.isEmpty()).isTrue();
    assertThat(docs).hasSize(1);
    assertThat(YamlSource.firstCycle(docs.get(0))).isNull();
  }

  @Test
  void aMappingThatContainsItselfAsAKeyOrValueIsACycle() {
    parse("&m {a: 1, b: *m}\n");
    assertThat(only().message()).startsWith("the value anchored here `&m` contains an alias to itself (`*m`)");
    assertThat(only().loc()).isEqualTo(new Loc("f.yaml", 1, 1));
  }

  @Test
  void aSyntaxErrorOnOneLineHasNoStartedAt() {
    parse("kind: board\nid: a: b\n");
    assertThat(only()).isEqualTo(new Problem(new Loc("f.yaml", 2, 6),
        "YAML syntax error: mapping values are not allowed here; check the indentation and quoting on this line"));
  }

  @Test
  void aSyntaxErrorSpanningLinesSaysWhereItStarted() {
    parse("kind: board\nid: [a,\n  b\nc: d\n");
    Problem p = only();
    assertThat(p.message()).startsWith("YAML syntax error: while parsing a flow sequence (started at line 2, column 5): ")
        .endsWith("; check the indentation and quoting on this line");
    assertThat(p.loc().line()).isEqualTo(4);
  }

  @Test
  void aliasesToScalarsAreNotCountedButAliasesToCollectionsAre() {
    StringBuilder scalars = new StringBuilder("a: &a x\nl: [");
    for (int i = 0; i < 60; i++) scalars.append(i == 0 ? "" : ", ").append("*a");
    parse(scalars.append("]\n").toString());
    assertThat(problems.isEmpty()).isTrue();

    StringBuilder lists = new StringBuilder("a: &a [x]\nb: &b y\nl:\n");
    for (int i = 0; i < 51; i++) lists.append("  - *b\n  - *a\n");
    parse(lists.toString());
    // the 51st alias to the list is on line 3 + 2 * 51 = 105, after "  - "
    assertThat(only()).isEqualTo(new Problem(new Loc("f.yaml", 105, 5), "the file uses more than 50 aliases (`*name`);"
        + " quorate refuses it as a possible alias bomb: write the lists out, or split the file"));
  }

  @Test
  void fiftyAliasesToCollectionsAreAllowed() {
    StringBuilder lists = new StringBuilder("a: &a [x]\nl:\n");
    for (int i = 0; i < 50; i++) lists.append("  - *a\n");
    assertThat(parse(lists.toString())).hasSize(1);
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void nestingIsLocatedAtTheFirstLevelTooDeep() {
    parse("kind: board\nx: " + "[".repeat(45) + "]".repeat(45) + "\n");
    assertThat(only()).isEqualTo(new Problem(new Loc("f.yaml", 2, 43), "the YAML is nested more than 40 levels deep;"
        + " quorate's documents need far fewer: check the indentation"));
  }

  @Test
  void nestingWithinTheLimitIsRead() {
    assertThat(parse("x: " + "[".repeat(39) + "]".repeat(39) + "\n")).hasSize(1);
    assertThat(problems.isEmpty()).isTrue();
  }
}
