package io.quorate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Message templates: {name} placeholders filled with the numbers and dates of the finding. */
class FindingTest {
  @Test
  void fillsEveryPlaceholderAndWritesDatesInEnglish() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("sent", LocalDate.of(2013, 5, 20));
    v.put("days", 4);
    v.put("needed", 5);
    assertThat(Finding.fill("notice sent {sent}: {days} clear working days; {needed} required", v, "r"))
        .isEqualTo("notice sent Mon 20 May 2013: 4 clear working days; 5 required");
  }

  @Test
  void textThatIsNotAPlaceholderStaysAsWritten() {
    Map<String, Object> v = Map.of("a", "x$1\\y", "b", 2);
    assertThat(Finding.fill("{a} {} {1} {a b} {not closed {b}} end {", v, "r"))
        .isEqualTo("x$1\\y {} {1} {a b} {not closed 2} end {");
    assertThat(Finding.fill("", v, "r")).isEmpty();
    assertThat(Finding.fill("{b}{b}", v, "r")).isEqualTo("22");
  }

  @Test
  void findingsSortByFileLineRuleColumnSubjectAndMessage() {
    io.quorate.model.Source src = new io.quorate.model.Source("doc", "1", "quote");
    java.util.function.BiFunction<String, io.quorate.model.Loc, Finding> f = (rule, loc) ->
        new Finding(rule, Severity.BREACH, "m1", loc, "msg", src, "t");
    Finding a = f.apply("quorum", new io.quorate.model.Loc("a.yaml", 9, 1));
    Finding b = f.apply("notice-period", new io.quorate.model.Loc("a.yaml", 10, 5));
    Finding c = f.apply("quorum", new io.quorate.model.Loc("a.yaml", 10, 1));
    Finding d = f.apply("quorum", new io.quorate.model.Loc("a.yaml", 10, 3));
    Finding e = new Finding("quorum", Severity.BREACH, "m2", new io.quorate.model.Loc("a.yaml", 10, 3), "msg", src, "t");
    Finding g = new Finding("quorum", Severity.BREACH, "m2", new io.quorate.model.Loc("a.yaml", 10, 3), "msh", src, "t");
    Finding h = f.apply("agenda", new io.quorate.model.Loc("b.yaml", 1, 1));
    java.util.List<Finding> list = new java.util.ArrayList<>(java.util.List.of(h, g, e, d, c, b, a));
    list.sort(Finding.ORDER);
    assertThat(list).containsExactly(a, b, c, d, e, g, h);
  }

  @Test
  void aPlaceholderWithoutAValueIsAProgrammingError() {
    assertThatThrownBy(() -> Finding.fill("item {item} of {total}", Map.of("item", 3), "Some rule"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule \"Some rule\" gives no value for {total}");
  }
}
