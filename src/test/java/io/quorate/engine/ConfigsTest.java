package io.quorate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorate.io.Problem;
import io.quorate.io.Problems;
import io.quorate.model.Board;
import io.quorate.model.Dismissal;
import io.quorate.model.Loc;
import io.quorate.model.Panel;
import io.quorate.model.ParamOverride;
import io.quorate.model.Source;
import io.quorate.model.Where;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Profile entries and a board's {@code procedure:} overrides become the RuleConfig facts the rules join on. */
class ConfigsTest {
  static final Profiles PROFILES = Profiles.builtIn();
  static final String FILE = "boards/khwb.yaml";
  static final Loc PROFILE_AT = new Loc(FILE, 3, 10);
  static final Where WHERE = new Where(new Loc(FILE, 1, 1), Map.of("profile", PROFILE_AT));
  static final String KHWB_NOTICE_CLAUSE = "Procedure Rules, 4. Meeting Administration, third bullet";

  final Problems problems = new Problems();
  final Configs configs = new Configs(PROFILES, problems);

  static ParamOverride set(String name, Object value, int line) {
    return new ParamOverride(name, value, new Loc(FILE, line, 3));
  }

  static Board board(String profile, ParamOverride... procedure) {
    Map<String, ParamOverride> p = new LinkedHashMap<>();
    for (ParamOverride o : procedure) p.put(o.name(), o);
    return new Board("khwb", null, profile, null, null, null, List.of(), null, null, List.of(), null, null, null, p,
        WHERE, null, null, null);
  }

  static Map<String, RuleConfig> byRule(List<RuleConfig> list) {
    Map<String, RuleConfig> out = new LinkedHashMap<>();
    for (RuleConfig c : list) out.put(c.rule(), c);
    return out;
  }

  List<String> messages() {
    return problems.list().stream().map(Problem::message).toList();
  }

  @Test
  void everyProfileEntryBecomesARuleConfigForTheBoard() {
    List<RuleConfig> list = configs.forBoard(board("kent-hwb-2015"));
    Profile profile = PROFILES.get("kent-hwb-2015").orElseThrow();
    assertThat(list).extracting(RuleConfig::rule).containsExactlyElementsOf(profile.rules().keySet());
    for (RuleConfig c : list) {
      Profile.Entry e = profile.rules().get(c.rule());
      assertThat(c.subject()).isEqualTo("khwb");
      assertThat(c.profile()).isEqualTo("kent-hwb-2015");
      assertThat(c.source()).isEqualTo(e.source());
      assertThat(c.params()).isEqualTo(e.parameters());
    }
    RuleConfig notice = byRule(list).get("notice-period");
    assertThat(notice.params()).isEqualTo(Map.of("notice-days", 5, "meeting-types", List.of("ordinary")));
    assertThat(notice.source().clause()).isEqualTo(KHWB_NOTICE_CLAUSE);
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void aProfileSeverityCarriesOver() {
    Map<String, RuleConfig> m = byRule(configs.forBoard(board("ccg-hwb-2013")));
    assertThat(m.get("consensus-before-vote").severity()).isEqualTo(Severity.WARNING);
    assertThat(m.get("notice-period").severity()).isNull();
  }

  @Test
  void theCommonProfileAppliesToEveryBody() {
    List<RuleConfig> list = configs.common();
    assertThat(list).extracting(RuleConfig::rule)
        .containsExactly("holiday-data-coverage", "audit-period-missing", "waiver-expired", "waiver-unused", "not-judged");
    assertThat(list).allSatisfy(c -> {
      assertThat(c.subject()).isEqualTo("*");
      assertThat(c.profile()).isEqualTo("common");
    });
    assertThat(list.get(0).source()).isEqualTo(
        PROFILES.get("common").orElseThrow().rules().get("holiday-data-coverage").source());
  }

  @Test
  void anIntOverrideReplacesTheValueAndCitesTheBoardsLine() {
    Map<String, RuleConfig> m = byRule(configs.forBoard(board("kent-hwb-2015", set("notice-days", 7, 12))));
    RuleConfig notice = m.get("notice-period");
    assertThat(notice.intParam("notice-days")).isEqualTo(7);
    assertThat(notice.params().get("meeting-types")).isEqualTo(List.of("ordinary"));
    assertThat(notice.profile()).isEqualTo("kent-hwb-2015");
    assertThat(notice.source()).isEqualTo(new Source(FILE, "procedure: notice-days at line 12",
        "notice-days: 7 — the board's own value, overriding the profile (kent-hwb-2015, " + KHWB_NOTICE_CLAUSE + ")"));
    // the other rules keep the profile's source
    assertThat(m.get("quorum").source()).isEqualTo(PROFILES.get("kent-hwb-2015").orElseThrow().rules().get("quorum").source());
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void twoOverridesOfOneRuleAreBothCitedInFileOrder() {
    // the last override applied used to be cited alone, naming the other as "the profile" it overrode
    Map<String, RuleConfig> m = byRule(configs.forBoard(board("kent-hwb-2015", set("meeting-types", List.of("special"), 13),
        set("notice-days", 7, 12))));
    RuleConfig notice = m.get("notice-period");
    assertThat(notice.params()).isEqualTo(Map.of("notice-days", 7, "meeting-types", List.of("special")));
    assertThat(notice.source()).isEqualTo(new Source(FILE, "procedure: notice-days at line 12, meeting-types at line 13",
        "notice-days: 7; meeting-types: [special] — the board's own values, overriding the profile (kent-hwb-2015, "
            + KHWB_NOTICE_CLAUSE + ")"));
    // the other rules that take meeting-types cite only that line
    assertThat(m.get("papers-period").source().clause()).isEqualTo("procedure: meeting-types at line 13");
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void zeroIsAWholeNumberButNegativesAndWordsAreNot() {
    assertThat(byRule(configs.forBoard(board("kent-hwb-2015", set("notice-days", 0, 12)))).get("notice-period")
        .intParam("notice-days")).isZero();
    assertThat(problems.isEmpty()).isTrue();
    Map<String, RuleConfig> m = byRule(configs.forBoard(board("kent-hwb-2015", set("notice-days", -1, 12))));
    assertThat(m.get("notice-period").intParam("notice-days")).isEqualTo(5);
    assertThat(m.get("notice-period").source().clause()).isEqualTo(KHWB_NOTICE_CLAUSE);
    configs.forBoard(board("kent-hwb-2015", set("notice-days", "five", 13)));
    assertThat(problems.list()).containsExactly(
        new Problem(new Loc(FILE, 12, 3),
            "procedure parameter `notice-days` must be a whole number of clear working days from 0 to 260, not -1"),
        new Problem(new Loc(FILE, 13, 3),
            "procedure parameter `notice-days` must be a whole number of clear working days from 0 to 260, not `five`"));
  }

  @Test
  void aCountIsBoundedByItsDeclarationSoNoAbsurdSpanIsEverCounted() {
    // 100000000 made `plan` hang and an HTML report run out of memory
    configs.forBoard(board("kent-hwb-2015", set("notice-days", 100_000_000, 12)));
    configs.forBoard(board("kent-hwb-2015", set("notice-days", "99999999999999999999", 13)));
    configs.forBoard(board("kent-hwb-2015", set("notice-days", 261, 14)));
    configs.forBoard(board("kent-hwb-2015", set("notice-days", "5", 15)));
    assertThat(byRule(configs.forBoard(board("kent-hwb-2015", set("notice-days", 260, 16)))).get("notice-period")
        .intParam("notice-days")).isEqualTo(260);
    String reason = " (a year of working days is 260; no body's rules count further)";
    assertThat(messages()).containsExactly(
        "procedure parameter `notice-days` must be a whole number of clear working days from 0 to 260, not 100000000" + reason,
        "procedure parameter `notice-days` must be a whole number of clear working days from 0 to 260, not 99999999999999999999"
            + reason,
        "procedure parameter `notice-days` must be a whole number of clear working days from 0 to 260, not 261" + reason,
        "procedure parameter `notice-days` must be a whole number of clear working days from 0 to 260 written without"
            + " quotes, not `\"5\"`");
  }

  @Test
  void aBooleanOverrideMustBeTrueOrFalse() {
    Map<String, RuleConfig> m = byRule(configs.forBoard(board("kent-hwb-2015", set("dpi-vote-barred", false, 12))));
    assertThat(m.get("interest-vote").params().get("dpi-vote-barred")).isEqualTo(false);
    assertThat(m.get("interest-vote").source().clause()).isEqualTo("procedure: dpi-vote-barred at line 12");
    m = byRule(configs.forBoard(board("kent-hwb-2015", set("dpi-vote-barred", "no", 14))));
    assertThat(m.get("interest-vote").params().get("dpi-vote-barred")).isEqualTo(true);
    assertThat(problems.list()).containsExactly(
        new Problem(new Loc(FILE, 14, 3), "procedure parameter `dpi-vote-barred` must be true or false, not `no`"));
  }

  @Test
  void aWordedOverrideMustBeOneOfTheReadingsTheRulesKnow() {
    Map<String, RuleConfig> m = byRule(configs.forBoard(board("kent-hwb-2015", set("majority-basis", "present", 12))));
    assertThat(m.get("vote-majority").word("majority-basis", "")).isEqualTo("present");
    assertThat(problems.isEmpty()).isTrue();
    // a typo used to be taken as written: neither majority rule matched it, so nothing was checked
    m = byRule(configs.forBoard(board("kent-hwb-2015", set("majority-basis", "presnt", 13))));
    assertThat(m.get("vote-majority").word("majority-basis", "")).isEqualTo("present-and-voting");
    configs.forBoard(board("kent-hwb-2015", set("minutes-approved-at", "next-ordinry", 14)));
    configs.forBoard(board("kent-hwb-2015", set("default-recipient", "chair", 15)));
    // none: a board with no reports-to: reports to no one by default (any word but parent did so before, undocumented)
    assertThat(byRule(configs.forBoard(board("kent-hwb-2015", set("default-recipient", "none", 16)))).get("reporting-duty")
        .word("default-recipient", "")).isEqualTo("none");
    assertThat(problems.list()).containsExactly(
        new Problem(new Loc(FILE, 13, 3),
            "procedure parameter `majority-basis` must be one of present, present-and-voting, not `presnt`; did you mean `present`?"),
        new Problem(new Loc(FILE, 14, 3), "procedure parameter `minutes-approved-at` must be one of next, next-meeting,"
            + " next-ordinary, not `next-ordinry`; did you mean `next-ordinary`?"),
        new Problem(new Loc(FILE, 15, 3), "procedure parameter `default-recipient` must be one of none, parent, not `chair`"));
  }

  @Test
  void aDayOfTheYearOverrideMustBeARealMonthAndDay() {
    Map<String, RuleConfig> m = byRule(configs.forBoard(board("kent-hwb-2015", set("term-ends", "05-31", 12))));
    assertThat(m.get("chair-term").word("term-ends", "")).isEqualTo("05-31");
    assertThat(problems.isEmpty()).isTrue();
    // 13-45 used to reach the deriver, which stopped the whole check with an internal error
    configs.forBoard(board("kent-hwb-2015", set("term-ends", "13-45", 13)));
    configs.forBoard(board("kent-hwb-2015", set("term-ends", "02-30", 14)));
    configs.forBoard(board("kent-hwb-2015", set("term-ends", "1 April", 15)));
    assertThat(problems.list()).extracting(Problem::message).containsExactly(
        "procedure parameter `term-ends` must be a day of the year as MM-DD, such as 04-01, not `13-45`",
        "procedure parameter `term-ends` must be a day of the year as MM-DD, such as 04-01, not `02-30`",
        "procedure parameter `term-ends` must be a day of the year as MM-DD, such as 04-01, not `1 April`");
    assertThat(Parameter.isMonthDay("02-29")).isTrue();
    assertThat(Parameter.isMonthDay("2-29")).isFalse();
  }

  @Test
  void everyValueAProfileUsesIsAcceptedAsABoardsOverride() {
    // through the override check itself, so that a reading a profile uses can never be refused to a board
    int checked = 0;
    for (Profile p : PROFILES.all()) {
      if (p.id().equals(Profiles.COMMON)) continue;
      for (Profile.Entry e : p.rules().values()) {
        for (Map.Entry<String, Object> param : e.parameters().entrySet()) {
          if (param.getKey().equals(Profiles.VARIANT)) continue;
          configs.forBoard(board(p.id(), set(param.getKey(), param.getValue(), 12)));
          assertThat(messages()).as(p.id() + " " + e.rule() + " " + param.getKey() + ": " + param.getValue()).isEmpty();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(40);
  }

  @Test
  void aFractionOverrideIsNormalisedOrRefused() {
    Map<String, RuleConfig> m = byRule(configs.forBoard(board("kent-hwb-2015", set("quorum", " 1 / 2 ", 12))));
    assertThat(m.get("quorum").params().get("quorum")).isEqualTo("1/2");
    assertThat(m.get("quorum").fraction("quorum")).isEqualTo(new Fraction(1, 2));
    assertThat(problems.isEmpty()).isTrue();
    m = byRule(configs.forBoard(board("kent-hwb-2015", set("quorum", "half", 13))));
    assertThat(m.get("quorum").params().get("quorum")).isEqualTo("1/3");
    configs.forBoard(board("kent-hwb-2015", set("quorum", "3/2", 14)));
    assertThat(problems.list()).containsExactly(
        new Problem(new Loc(FILE, 13, 3),
            "procedure parameter `quorum` must be a fraction more than 0 and at most 1, such as 1/3, not `half`"),
        new Problem(new Loc(FILE, 14, 3),
            "procedure parameter `quorum` must be a fraction more than 0 and at most 1, such as 1/3, not `3/2`"));
  }

  @Test
  void aWordOverrideIsTakenAsTextButANumberIsNoDayOfTheYear() {
    Map<String, RuleConfig> m = byRule(configs.forBoard(board("kent-hwb-2015", set("quorum-base", "seats", 12),
        set("term-ends", 401, 13))));
    assertThat(m.get("quorum").params()).isEqualTo(Map.of("quorum", "1/3", "quorum-base", "seats"));
    // 401 (YAML's integer for an unquoted 0401) was once taken as the text "401", which stopped the check later
    assertThat(m.get("chair-term").params().get("term-ends")).isEqualTo("04-01");
    assertThat(problems.list()).containsExactly(new Problem(new Loc(FILE, 13, 3),
        "procedure parameter `term-ends` must be a day of the year as MM-DD, such as 04-01, not `401`"));
  }

  @Test
  void aListParameterSharedBySeveralRulesAppliesToEach() {
    Map<String, RuleConfig> m = byRule(configs.forBoard(board("kent-hwb-2015", set("meeting-types", "special", 12))));
    for (String rule : List.of("notice-period", "notice-recipients", "papers-period", "member-item-notice")) {
      assertThat(m.get(rule).params().get("meeting-types")).as(rule).isEqualTo(List.of("special"));
      assertThat(m.get(rule).source().clause()).as(rule).isEqualTo("procedure: meeting-types at line 12");
    }
    assertThat(m.get("casting-vote").params()).doesNotContainKey("meeting-types");
    m = byRule(configs.forBoard(board("kent-hwb-2015", set("meeting-types", List.of("ordinary", "special"), 12))));
    assertThat(m.get("papers-period").params().get("meeting-types")).isEqualTo(List.of("ordinary", "special"));
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void aListOfReadingsIsCheckedEntryByEntryAtEachEntrysPlace() {
    // [ordinry], [1] and [] were accepted, and the notice, papers, recipients and member-item rules
    // then applied to no meeting at all: a silent pass
    Loc list = new Loc(FILE, 12, 18);
    List<Loc> entries = List.of(new Loc(FILE, 12, 19), new Loc(FILE, 12, 28), new Loc(FILE, 12, 31));
    Map<String, RuleConfig> m = byRule(configs.forBoard(board("kent-hwb-2015",
        new ParamOverride("meeting-types", List.of("ordinary", "1", "ordinry"), list, entries))));
    assertThat(m.get("notice-period").params().get("meeting-types")).isEqualTo(List.of("ordinary"));
    configs.forBoard(board("kent-hwb-2015", new ParamOverride("meeting-types", List.of(), list, List.of())));
    configs.forBoard(board("kent-hwb-2015", new ParamOverride("meeting-types", List.of("special", "special"), list,
        entries.subList(0, 2))));
    String readings = "one of ordinary, reconvened, requisitioned, special";
    assertThat(problems.list()).containsExactly(
        new Problem(entries.get(1), "procedure parameter `meeting-types`, entry 2, must be " + readings + ", not `1`"),
        new Problem(entries.get(2), "procedure parameter `meeting-types`, entry 3, must be " + readings
            + ", not `ordinry`; did you mean `ordinary`?"),
        new Problem(list, "procedure parameter `meeting-types` must list at least one reading (ordinary, reconvened,"
            + " requisitioned, special); an empty list would switch the rule off, which a waiver does openly"),
        new Problem(entries.get(1), "procedure parameter `meeting-types`, entry 2, lists `special` twice; list each once"));
  }

  @Test
  void aSingleValueMustNotBeAListNorAListOfIdsAWord() {
    configs.forBoard(board("kent-hwb-2015", set("notice-days", List.of(5), 12)));
    configs.forBoard(board("kent-hwb-2015", set("required-categories", List.of("healthwatch", "Police Force"), 13)));
    assertThat(messages()).containsExactly(
        "procedure parameter `notice-days` must be a whole number of clear working days from 0 to 260, not a list",
        "procedure parameter `required-categories`, entry 2, must be a kebab-case id (lower-case letters, digits and"
            + " hyphens), not `Police Force`");
  }

  /** A board with no profile once got only the rules its `procedure:` switched on: none, for most. */
  @Test
  void aBoardWithNoProfileIsRefusedNotLeftWithoutRules() {
    assertThat(configs.forBoard(board(null))).isEmpty();
    assertThat(configs.forBoard(board(null, set("notice-days", 7, 12)))).isEmpty();
    String message = "board `khwb` names no `profile:`, so no rule would check it or its meetings; add `profile:`"
        + " with the terms of reference that govern it, one of " + String.join(", ", PROFILES.boardProfileIds())
        + " (`quorate rules` lists each profile's rules)";
    assertThat(messages()).containsExactly(message, message);
  }

  @Test
  void aParameterOfARuleTheProfileLacksSwitchesItOnWithTheDeclaredDefaults() {
    List<RuleConfig> list = configs.forBoard(board("cog-2014", set("notice-days", 3, 12)));
    Profile cog = PROFILES.get("cog-2014").orElseThrow();
    assertThat(list).extracting(RuleConfig::rule).hasSize(cog.rules().size() + 1).endsWith("notice-period");
    RuleConfig notice = byRule(list).get("notice-period");
    assertThat(notice.profile()).isEqualTo("cog-2014");
    assertThat(notice.severity()).isNull();
    // the other parameters come from their declarations, not from whichever profile came first
    assertThat(notice.params()).isEqualTo(Map.of("notice-days", 3,
        "meeting-types", List.of("ordinary", "special", "requisitioned", "reconvened")));
    assertThat(notice.source().quote()).isEqualTo("notice-days: 3 — the board's own value, overriding the profile");
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void aParameterThatWouldChangeNothingOrCannotSayWhichRuleIsRefused() {
    // the COG's meeting-frequency counts two-month blocks and has no gap test: max-gap-months was ignored
    configs.forBoard(board("cog-2014", set("max-gap-months", 2, 12)));
    // meeting-types belongs to four rules, none of them in the COG profile
    configs.forBoard(board("cog-2014", set("meeting-types", "special", 13)));
    // membership-required has a form per kind of body: a parameter cannot say which to switch on
    configs.forBoard(board("kent-county-council-2015", set("required-categories", "healthwatch", 14)));
    assertThat(messages()).containsExactly(
        "procedure parameter `max-gap-months` changes nothing: profile cog-2014 applies meeting-frequency in a form"
            + " that does not read it; remove it",
        "procedure parameter `meeting-types` belongs to notice-period, notice-recipients, papers-period,"
            + " member-item-notice, which profile cog-2014 does not apply; remove it, or name a profile that applies them",
        "procedure parameter `required-categories` belongs to membership-required, which profile"
            + " kent-county-council-2015 does not apply; remove it, or name a profile that applies it");
  }

  @Test
  void anUnknownParameterSuggestsTheNearestAndListsThemAll() {
    Map<String, RuleConfig> m = byRule(configs.forBoard(board("kent-hwb-2015", set("notice_days", 7, 12),
        set("variant", "cog", 13))));
    assertThat(m.get("notice-period").intParam("notice-days")).isEqualTo(5);
    String all = String.join(", ", Parameters.declared().names());
    assertThat(problems.list()).containsExactly(
        new Problem(new Loc(FILE, 12, 3), "unknown procedure parameter `notice_days`; did you mean `notice-days`?;"
            + " the parameters are " + all),
        new Problem(new Loc(FILE, 13, 3), "unknown procedure parameter `variant`; the parameters are " + all));
    assertThat(all).startsWith("notice-days, papers-days, member-item-days, member-item-reading,");
  }

  @Test
  void anUnknownProfileIsAnInputErrorAndNoRulesRun() {
    String ids = "kent-hwb-2015, ccg-hwb-2013, cog-2014, soip-2015, kent-county-council-2015, kct-2011";
    assertThat(configs.forBoard(board("kent-hwb-2016", set("notice-days", 7, 12)))).isEmpty();
    assertThat(configs.forBoard(board("common"))).isEmpty();
    assertThat(problems.list()).containsExactly(
        new Problem(PROFILE_AT, "unknown profile `kent-hwb-2016`; did you mean `kent-hwb-2015`?; the built-in profiles are " + ids),
        new Problem(PROFILE_AT, "unknown profile `common`; the built-in profiles are " + ids));
  }

  @Test
  void panelsAndDismissalsHaveDefaultProfiles() {
    Panel panel = new Panel("soip-1", null, null, null, null, List.of(), null, List.of(), WHERE, null, null);
    List<RuleConfig> p = configs.forPanel(panel);
    assertThat(p).extracting(RuleConfig::rule)
        .containsExactlyElementsOf(PROFILES.get(Configs.DEFAULT_PANEL_PROFILE).orElseThrow().rules().keySet());
    assertThat(p).allSatisfy(c -> {
      assertThat(c.subject()).isEqualTo("soip-1");
      assertThat(c.profile()).isEqualTo("soip-2015");
    });
    Panel named = new Panel("soip-2", "kct-2011", null, null, null, List.of(), null, List.of(), WHERE, null, null);
    assertThat(configs.forPanel(named)).extracting(RuleConfig::profile).containsOnly("kct-2011");

    Dismissal d = new Dismissal("dis-1", null, null, null, List.of(), null, null, WHERE, null, null, null);
    List<RuleConfig> dl = configs.forDismissal(d);
    assertThat(dl).extracting(RuleConfig::rule).containsExactlyElementsOf(
        PROFILES.get(Configs.DEFAULT_DISMISSAL_PROFILE).orElseThrow().rules().keySet());
    assertThat(dl).allSatisfy(c -> {
      assertThat(c.subject()).isEqualTo("dis-1");
      assertThat(c.profile()).isEqualTo("kent-county-council-2015");
    });
    Dismissal named2 = new Dismissal("dis-2", null, null, null, List.of(), null, null, WHERE, "cog-2014", null, null);
    assertThat(configs.forDismissal(named2)).extracting(RuleConfig::profile).containsOnly("cog-2014");
    assertThat(problems.isEmpty()).isTrue();
  }
}
