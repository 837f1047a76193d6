package io.quorate.plan;

import io.quorate.model.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deadlines of the Health and Wellbeing Board procedure rules, for a profile that has no entry
 * for the rule yet: the number of working days the rules catalogue gives (R11, R19, R21, R23, R29)
 * and the clause quoted verbatim from the seed document the profile encodes. A profile entry for the
 * rule (with its own parameters, or a board's {@code procedure:} override) always wins over this
 * table.
 */
public final class CatalogueDefaults {
  private CatalogueDefaults() {}

  static final String KENT_HWB = "kent-hwb-2015";
  static final String CCG_HWB = "ccg-hwb-2013";
  static final String SEED_002 = "002_968f3d213a795f1d.txt";
  static final String SEED_004 = "004_8cdef84035c57d9a.txt";

  /**
   * One defaulted rule.
   *
   * @param rule the rule id
   * @param days the working days the catalogue reads in the clause
   * @param ordinaryOnly whether only ordinary meetings have the deadline (papers: special meetings
   *     are called at short notice, R11 and R17; member items: a special meeting transacts only the
   *     business in its notice, R23)
   * @param sources the clause, per profile id
   */
  public record Entry(String rule, int days, boolean ordinaryOnly, Map<String, Source> sources) {}

  private static final String PAPERS =
      "Papers for each HWB meeting are sent out at least five clear working days in advance.";
  private static final String REQUISITION =
      "The meeting must be held within five clear working days of the Chairman's receipt of the requisition.";
  private static final String MINUTES =
      "Minutes are printed and circulated to each member before the next meeting of the HWB, when they are submitted for approval by the HWB and are signed by the Chairman.";
  private static final String ABSENCE =
      "The Clerk of the meeting should be notified of any absence and/or substitution at least five working days prior to the meeting.";

  public static final List<Entry> ALL = List.of(
      new Entry("papers-period", 5, true, Map.of(
          KENT_HWB, new Source(SEED_002, "Procedure Rules, 4. Meeting Administration, fourth bullet", PAPERS),
          CCG_HWB, new Source(SEED_004, "Procedure Rules, 4. Meeting Administration, fourth bullet", PAPERS))),
      new Entry("member-item-notice", 9, true, Map.of(
          KENT_HWB, new Source(SEED_002, "Procedure Rules, 5. Agenda, third bullet",
              "Any item which a member of the HWB wishes included on the agenda, provided it is relevant to the terms of reference of the HWB and notice has been given to the Clerk at least nine working days before the meeting."),
          CCG_HWB, new Source(SEED_004, "Procedure Rules, 8. Agenda, third bullet",
              "Any item which a member of the HWB wishes included on the agenda, provided it is relevant to the terms of reference of the HWB and notice has been give to the Clerk at least nine working days before the meeting."))),
      new Entry("substitution-notice", 5, false, Map.of(
          KENT_HWB, new Source(SEED_002, "Procedure Rules, 7. Absence of Members and of the Chairman, second paragraph", ABSENCE),
          CCG_HWB, new Source(SEED_004, "Procedure Rules, 10. Absence of Members and of the Chairman", ABSENCE))),
      new Entry("requisition-deadline", 5, false, Map.of(
          KENT_HWB, new Source(SEED_002, "Procedure Rules, 3. Special Meetings, second paragraph", REQUISITION),
          CCG_HWB, new Source(SEED_004, "Procedure Rules, 6. Special Meetings, second paragraph", REQUISITION))),
      new Entry("minutes-approval", 0, false, Map.of(
          KENT_HWB, new Source(SEED_002, "Procedure Rules, 4. Minutes (second section numbered 4)", MINUTES),
          CCG_HWB, new Source(SEED_004, "Procedure Rules, 7. Minutes", MINUTES))));

  /** The default for {@code rule} under {@code profile}, if the table has one. */
  public static Optional<Entry> get(String rule, String profile) {
    return ALL.stream().filter(e -> e.rule().equals(rule) && e.sources().containsKey(profile)).findFirst();
  }
}
