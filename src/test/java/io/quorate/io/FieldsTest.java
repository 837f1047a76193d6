package io.quorate.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorate.model.Loc;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed getters: what each returns for a good value and for a bad one. */
class FieldsTest {
  final Problems problems = new Problems();

  Fields fields(String yaml) {
    var docs = YamlSource.parse(yaml.getBytes(StandardCharsets.UTF_8), "f.yaml", problems);
    return Fields.of("f.yaml", "this board", docs.get(0), problems);
  }

  List<String> messages() {
    return problems.list().stream().map(p -> p.loc().line() + ":" + p.loc().column() + " " + p.message()).toList();
  }

  @Test
  void boolReadsYamlBooleansAndReturnsNullForAnythingElse() {
    Fields f = fields("a: yes\nb: false\nc: maybe\nd: [x]\n");
    assertThat(f.bool("a")).isTrue();
    assertThat(f.bool("b")).isFalse();
    assertThat(f.bool("c")).isNull();
    assertThat(f.bool("d")).isNull();
    assertThat(f.bool("e")).isNull();
    assertThat(f.bool("e", true)).isTrue();
    assertThat(f.bool("b", true)).isFalse();
    assertThat(messages()).containsExactly(
        "3:4 `c` in this board must be true or false, not `maybe`",
        "4:4 `d` in this board must be true or false, not a list");
  }

  @Test
  void integersTooLargeOrNegativeAreNull() {
    Fields f = fields("a: 1_000\nb: 99999999999\nc: -3\nd: 7\ne: 0\n");
    assertThat(f.integer("a")).isEqualTo(1000);
    assertThat(f.integer("b")).isNull();
    assertThat(f.nonNegative("c")).isNull();
    assertThat(f.nonNegative("d")).isEqualTo(7);
    assertThat(f.nonNegative("e")).isZero();
    assertThat(f.integer("x")).isNull();
    assertThat(messages()).containsExactly(
        "2:4 `b` in this board must be a whole number of reasonable size, not `99999999999`",
        "3:4 `c` in this board must not be negative (got -3)");
  }

  @Test
  void theYearRangeIsInclusive() {
    Fields f = fields("a: 1970-01-01\nb: 2100-12-31\nc: 1969-12-31\nd: 2101-01-01\ne: {x: 1}\n");
    assertThat(f.date("a")).isEqualTo(LocalDate.of(1970, 1, 1));
    assertThat(f.date("b")).isEqualTo(LocalDate.of(2100, 12, 31));
    assertThat(f.date("c")).isNull();
    assertThat(f.date("d")).isNull();
    assertThat(f.date("e")).isNull();
    assertThat(messages()).containsExactly(
        "3:4 `c` in this board has the year 1969, outside 1970-2100; check the date `1969-12-31`",
        "4:4 `d` in this board has the year 2101, outside 1970-2100; check the date `2101-01-01`",
        "5:4 `e` in this board must be a date written YYYY-MM-DD, not a mapping");
  }

  @Test
  void impossibleDatesAtTheEndsOfTheYear() {
    Fields f = fields("a: 2013-01-32\nb: 2013-12-32\nc: 2013-00-10\nd: 2013-13-10\n");
    for (String k : List.of("a", "b", "c", "d")) assertThat(f.date(k)).as(k).isNull();
    assertThat(messages()).containsExactly(
        "1:4 `a` in this board is an impossible date `2013-01-32`: January 2013 has 31 days",
        "2:4 `b` in this board is an impossible date `2013-12-32`: December 2013 has 31 days",
        "3:4 `c` in this board is an impossible date `2013-00-10`: there is no month 0",
        "4:4 `d` in this board is an impossible date `2013-13-10`: there is no month 13");
  }

  @Test
  void longValuesAreCutInMessages() {
    Fields f = fields("a: " + "x".repeat(40) + "\nb: " + "y".repeat(41) + "\n");
    f.integer("a");
    f.integer("b");
    assertThat(messages()).containsExactly(
        "1:4 `a` in this board must be a whole number, not `" + "x".repeat(40) + "`",
        "2:4 `b` in this board must be a whole number, not `" + "y".repeat(37) + "...`");
  }

  @Test
  void aNestedMappingIsReadAndItsUnknownKeysReported() {
    Fields f = fields("audit:\n  from: 2013-04-01\n  untill: 2014-03-31\nlist: x\n");
    LocalDate from = f.map("audit", a -> a.date("from"));
    assertThat(from).isEqualTo(LocalDate.of(2013, 4, 1));
    String none = f.map("none", a -> "read");
    assertThat(none).isNull();
    List<String> list = f.list("list", "an item", a -> "read");
    assertThat(list).isEmpty();
    assertThat(messages()).containsExactly(
        "3:3 unknown key `untill` in `audit` in this board; known keys are from",
        "4:7 `list` in this board must be a list (lines starting with `- `), not `x`");
  }

  @Test
  void eachListEntryIsFinishedSoItsUnknownKeysAreReported() {
    Fields f = fields("members:\n  - {id: a, nmae: A}\n  - {id: b}\n");
    List<String> ids = f.list("members", "a member", m -> m.str("id"));
    assertThat(ids).containsExactly("a", "b");
    assertThat(messages()).containsExactly("2:13 unknown key `nmae` in a member in `members`; known keys are id");
  }

  @Test
  void explicitTagsThatFitTheirValueAreReadAsTheirType() {
    Fields f = fields("a: !!bool \"yes\"\nb: !!bool off\nc: !!int 12\nd: !!str 12\ne: !!timestamp 2013-05-29\n"
        + "f: !!str 2013-05-29\ng: !!null ~\nh: !!float 1.5\n");
    assertThat(f.bool("a")).isTrue();
    assertThat(f.bool("b")).isFalse();
    assertThat(f.integer("c")).isEqualTo(12);
    assertThat(f.str("d")).isEqualTo("12");
    assertThat(f.date("e")).isEqualTo(LocalDate.of(2013, 5, 29));
    assertThat(f.date("f")).isEqualTo(LocalDate.of(2013, 5, 29));
    assertThat(f.str("g")).isNull();
    assertThat(f.str("h")).isEqualTo("1.5");
    assertThat(messages()).isEmpty();
  }

  @Test
  void aBlockScalarsFinalLineBreakIsNotPartOfTheValue() {
    Fields f = fields("a: >\n  one\n  line\nb: |\n  two\n  lines\n\nc: |+\n  kept\n\n");
    assertThat(f.str("a")).isEqualTo("one line");
    assertThat(f.text("b")).isEqualTo("two\nlines");
    assertThat(f.id("c")).isEqualTo("kept");
    assertThat(messages()).isEmpty();
  }

  @Test
  void theKeysOfAFreeMappingAreCheckedLikeValues() {
    Fields f = fields("groups: {conservative: 45, \"\\e[2J\": 1}\n");
    List<String> keys = f.map("groups", g -> {
      List<String> read = List.copyOf(g.keys());
      read.forEach(g::integer);
      return read;
    });
    assertThat(keys).containsExactly("conservative");
    assertThat(messages()).containsExactly("1:28 the key `\\u001b[2J` in `groups` in this board contains the control"
        + " character U+001B (ESCAPE), which quorate does not accept in a value: remove it (it may come from an escape"
        + " such as \\e or \\x1b in quotes, or from pasted text)");
  }

  @Test
  void aNodeWithoutAMarkHasTheFileAsItsPlace() {
    assertThat(Fields.loc("f.yaml", null)).isEqualTo(Loc.of("f.yaml"));
  }
}
