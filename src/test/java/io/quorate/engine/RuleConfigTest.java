package io.quorate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorate.model.MeetingType;
import io.quorate.model.Source;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule's parameters as the DRL reads them. */
class RuleConfigTest {
  static final Source SOURCE = new Source("doc.txt", "4. Notice", "five clear working days");

  static RuleConfig config(Map<String, Object> params) {
    return new RuleConfig("khwb", "notice-period", "kent-hwb-2015", SOURCE, params, Severity.WARNING);
  }

  @Test
  void intParamAndFractionReadTheValues() {
    RuleConfig c = config(Map.of("notice-days", 5, "quorum", "1/3", "seats", 84L));
    assertThat(c.intParam("notice-days")).isEqualTo(5);
    assertThat(c.intParam("seats")).isEqualTo(84);
    assertThat(c.fraction("quorum")).isEqualTo(new Fraction(1, 3));
    assertThat(c.param("quorum")).isEqualTo("1/3");
  }

  @Test
  void aMissingParameterNamesRuleProfileAndParameter() {
    RuleConfig c = config(Map.of());
    assertThatThrownBy(() -> c.intParam("notice-days")).isInstanceOf(IllegalStateException.class)
        .hasMessage("rule notice-period in profile kent-hwb-2015 has no parameter notice-days");
    assertThatThrownBy(() -> c.fraction("quorum")).isInstanceOf(IllegalStateException.class)
        .hasMessage("rule notice-period in profile kent-hwb-2015 has no parameter quorum");
  }

  @Test
  void wordGivesTheValueAsTextOrTheDefault() {
    RuleConfig c = config(Map.of("quorum-base", "seats", "notice-days", 5));
    assertThat(c.word("quorum-base", "members")).isEqualTo("seats");
    assertThat(c.word("notice-days", "x")).isEqualTo("5");
    assertThat(c.word("reading", "clear")).isEqualTo("clear");
    assertThat(c.word("reading", null)).isNull();
  }

  @Test
  void coversEveryTypeWithoutMeetingTypes() {
    RuleConfig c = config(Map.of());
    for (MeetingType t : MeetingType.values()) assertThat(c.covers(t)).as(t.key()).isTrue();
  }

  @Test
  void coversOnlyTheListedTypes() {
    RuleConfig c = config(Map.of("meeting-types", List.of("ordinary", "reconvened")));
    assertThat(c.covers(MeetingType.ORDINARY)).isTrue();
    assertThat(c.covers(MeetingType.RECONVENED)).isTrue();
    assertThat(c.covers(MeetingType.SPECIAL)).isFalse();
    assertThat(c.covers(MeetingType.REQUISITIONED)).isFalse();
  }

  @Test
  void aSingleMeetingTypeMayBeGivenAsAWord() {
    RuleConfig c = config(Map.of("meeting-types", "special"));
    assertThat(c.covers(MeetingType.SPECIAL)).isTrue();
    assertThat(c.covers(MeetingType.ORDINARY)).isFalse();
  }

  @Test
  void theParametersAreACopy() {
    Map<String, Object> params = new HashMap<>(Map.of("notice-days", 5));
    RuleConfig c = config(params);
    params.put("notice-days", 9);
    assertThat(c.intParam("notice-days")).isEqualTo(5);
    assertThatThrownBy(() -> c.params().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(c.subject()).isEqualTo("khwb");
    assertThat(c.severity()).isEqualTo(Severity.WARNING);
    assertThat(RuleConfig.EVERY).isEqualTo("*");
  }
}
