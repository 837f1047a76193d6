package io.quorate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorate.model.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in profiles: their order, the parameters a board may set, and their defaults. */
class ProfilesTest {
  static final Profiles BUILT_IN = Profiles.builtIn();

  @Test
  void profilesComeInIndexOrderAndBoardsMayNameAllButCommon() {
    assertThat(BUILT_IN.all()).extracting(Profile::id).containsExactly("common", "kent-hwb-2015", "ccg-hwb-2013",
        "cog-2014", "soip-2015", "kent-county-council-2015", "kct-2011");
    assertThat(BUILT_IN.boardProfileIds()).containsExactly("kent-hwb-2015", "ccg-hwb-2013", "cog-2014", "soip-2015",
        "kent-county-council-2015", "kct-2011");
    assertThat(Profiles.builtIn()).isSameAs(BUILT_IN);
    assertThat(Profiles.load().all()).isEqualTo(BUILT_IN.all());
  }

  @Test
  void aProfileHoldsItsRulesInFileOrderWithSourcesAndParameters() {
    Profile p = BUILT_IN.get("kent-hwb-2015").orElseThrow();
    assertThat(p.body()).isEqualTo("Kent Health and Wellbeing Board");
    assertThat(p.document()).isEqualTo("002_968f3d213a795f1d.txt");
    assertThat(p.rules().keySet()).startsWith("notice-period", "quorum", "voting-group-single-vote", "casting-vote");
    Profile.Entry notice = p.rules().get("notice-period");
    assertThat(notice.source()).isEqualTo(new Source("002_968f3d213a795f1d.txt",
        "Procedure Rules, 4. Meeting Administration, third bullet",
        "The County Council gives at least five clear working days' notice in writing to each member of every"
            + " ordinary meeting of the HWB, to include any agenda of the business to be transacted at the meeting."));
    assertThat(notice.parameters()).containsExactly(Map.entry("notice-days", 5), Map.entry("meeting-types", List.of("ordinary")));
    assertThat(notice.severity()).isNull();
    assertThat(p.rules().get("casting-vote").parameters()).isEmpty();
    assertThat(p.rules().get("quorum").note()).startsWith("A third is rounded up (a third of 25 is 9");
    assertThat(BUILT_IN.get("ccg-hwb-2013").orElseThrow().rules().get("consensus-before-vote").severity())
        .isEqualTo(Severity.WARNING);
    assertThat(BUILT_IN.get("common").orElseThrow().rules().get("holiday-data-coverage").source().document())
        .isEqualTo("bank-holidays-england-and-wales.json (GOV.UK bank holidays, England and Wales)");
    assertThat(BUILT_IN.get("kent-hwb-2016")).isEmpty();
  }

  @Test
  void aProfileParameterMustBeDeclaredForItsRuleWithAValueOfItsType() {
    String head = "id: t\nbody: B\ndocument: d.txt\ntext: T\nrules:\n";
    assertThatThrownBy(() -> Profiles.parse("t", head + "  quorum: {clause: c, quote: q, parameters: {quorum-days: 5}}"))
        .hasMessage("profile t, rule quorum, parameter quorum-days: not declared in rules/parameters.yaml");
    assertThatThrownBy(() -> Profiles.parse("t", head + "  quorum: {clause: c, quote: q, parameters: {notice-days: 5}}"))
        .hasMessage("profile t, rule quorum, parameter notice-days: declared for [notice-period] only");
    assertThatThrownBy(() -> Profiles.parse("t", head + "  quorum: {clause: c, quote: q, parameters: {quorum: 4/3}}"))
        .hasMessage("profile t, rule quorum, parameter quorum: must be a fraction more than 0 and at most 1, such as 1/3,"
            + " not `4/3`");
  }

  @Test
  void parseTakesTheRuleDocumentSeverityAndNoteAndTrimsClauseAndQuote() {
    Profile p = Profiles.parse("t", """
        id: t
        body: Test board
        document: main.txt
        text: The main text
        rules:
          notice-period:
            clause: "  1. Notice  "
            quote: " at least five days "
            severity: Warning
            note: a note
            parameters:
              notice-days: 5
          b:
            document: other.txt
            clause: "2"
            quote: "q"
        """);
    assertThat(p.id()).isEqualTo("t");
    assertThat(p.body()).isEqualTo("Test board");
    assertThat(p.text()).isEqualTo("The main text");
    assertThat(p.ruleIds()).containsExactly("b", "notice-period");
    Profile.Entry a = p.rules().get("notice-period");
    assertThat(a.source()).isEqualTo(new Source("main.txt", "1. Notice", "at least five days"));
    assertThat(a.severity()).isEqualTo(Severity.WARNING);
    assertThat(a.note()).isEqualTo("a note");
    assertThat(a.parameters()).containsExactly(Map.entry("notice-days", 5));
    Profile.Entry b = p.rules().get("b");
    assertThat(b.source()).isEqualTo(new Source("other.txt", "2", "q"));
    assertThat(b.severity()).isNull();
    assertThat(b.note()).isNull();
    assertThat(b.parameters()).isEmpty();
  }

  @Test
  void aProfileWithoutRulesHasNone() {
    assertThat(Profiles.parse("t", "id: t\ndocument: d\n").rules()).isEmpty();
  }

  @Test
  void parseRefusesAWrongIdOrAMissingClauseOrQuote() {
    assertThatThrownBy(() -> Profiles.parse("t", "id: u\n")).isInstanceOf(IllegalStateException.class)
        .hasMessage("profile t.yaml has id u");
    assertThatThrownBy(() -> Profiles.parse("t", "id: t\nrules:\n  a:\n    quote: q\n"))
        .isInstanceOf(IllegalStateException.class).hasMessage("profile t, rule a: no clause");
    assertThatThrownBy(() -> Profiles.parse("t", "id: t\nrules:\n  a:\n    clause: c\n"))
        .isInstanceOf(IllegalStateException.class).hasMessage("profile t, rule a: no quote");
  }
}
