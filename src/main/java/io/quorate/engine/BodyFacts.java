package io.quorate.engine;

import io.quorate.calendar.Dates;
import io.quorate.model.Loc;
import io.quorate.model.Period;
import io.quorate.model.Vote;
import java.time.LocalDate;
import java.util.List;

/**
 * Derived facts for the Children's Operational Groups, the Statutory Officer Independent Panel, the
 * dismissal of statutory officers, County Council meetings, select committees and the 2011 Children's
 * Trust proposals. Computed once in Java; the rules (cog.drl, soip.drl, dismissal.drl, council.drl,
 * kct.drl) compare them with the profile's parameters.
 */
public final class BodyFacts {
  private BodyFacts() {}

  static String date(LocalDate d) {
    return d == null ? "none" : Dates.format(d);
  }

  // ---- meetings and bodies ------------------------------------------------------------------

  /** A block of the body's meeting cycle (e.g. two months) inside the audit window with no meeting. */
  public record EmptyBlock(String board, Period block, int months, LocalDate before, LocalDate after, Loc loc) {
    public String beforeText() {
      return before == null ? "none earlier in the records" : date(before);
    }

    public String afterText() {
      return after == null ? "none later in the records" : date(after);
    }
  }

  /** When a sub-group's minutes were due at its parent board, and when they were made available. */
  public record MinutesDue(String meeting, String board, String parent, LocalDate date, LocalDate following,
      LocalDate due, LocalDate madeAvailable, Loc loc) {
    public boolean late() {
      return madeAvailable == null || madeAvailable.isAfter(due);
    }

    public String madeAvailableText() {
      return madeAvailable == null ? "not recorded as made available to it" : "made available at its meeting of " + BodyFacts.date(madeAvailable);
    }
  }

  /** The annual plans of a body in one year, and how many its parent board approved. */
  public record PlanYear(String board, String parent, Period year, int approvedByParent, String plans, Loc loc) {}

  /** Who appointed a body's chair, and whether the chair sits on the parent board (when it is loaded). */
  public record ChairFacts(String board, String chair, String chairName, String appointedBy, String parent,
      boolean parentLoaded, boolean onParent, Loc appointedLoc, Loc chairLoc) {}

  /** A membership category the terms of reference require that no member fills. */
  public record MissingCategory(String board, String category, int members, Loc loc) {}

  /** A member in a category the terms of reference exclude from the board (e.g. providers). */
  public record ExcludedMember(String board, String member, String category, Loc loc) {}

  // ---- Statutory Officer Independent Panel --------------------------------------------------

  /**
   * The panel's lead time under the four readings: clear or literal (establishment day counted),
   * to the meeting that receives the report or to the summons that contains it.
   */
  public record PanelLead(String panel, LocalDate established, LocalDate meeting, LocalDate summons, int required,
      int meetingClear, int meetingLiteral, Integer summonsClear, Integer summonsLiteral, Loc loc) {
    /** Whether the readings disagree about whether the panel was established in time. */
    public boolean divergent() {
      boolean base = meetingClear >= required;
      boolean any = meetingLiteral >= required != base;
      if (summonsClear != null) any |= (summonsClear >= required) != base || (summonsLiteral >= required) != base;
      return any;
    }

    public String readings() {
      String s = "meeting basis (" + date(meeting) + "): clear " + meetingClear + verdict(meetingClear)
          + ", literal " + meetingLiteral + verdict(meetingLiteral);
      if (summonsClear != null) {
        s += "; summons basis (" + date(summons) + "): clear " + summonsClear + verdict(summonsClear)
            + ", literal " + summonsLiteral + verdict(summonsLiteral);
      }
      return s;
    }

    private String verdict(int n) {
      return n >= required ? " (in time)" : " (late)";
    }
  }

  /** The panel's size, and a member who is not an independent person, is elected, or comes from elsewhere. */
  public record PanelSize(String panel, int size, int independent, Loc loc) {}

  public record PanelMemberIssue(String panel, String member, String what, String detail, Loc loc) {}

  /** One sitting of the panel: who was there, who the standing chairman is, who presided. */
  public record PanelSitting(String panel, LocalDate date, int independentPresent, String present,
      String standingChair, boolean standingChairPresent, String presiding, boolean chairElectedFirst, Loc loc) {}

  /** The panel's recorded chair, when it is not the standing chairman. */
  public record PanelChairOther(String panel, String chair, String standingChair, Loc loc) {}

  // ---- dismissal of a statutory officer -----------------------------------------------------

  /** A dismissal case whose officer is not in one of the statutory roles the procedure covers. */
  public record OutsideRole(String dismissal, String role, Loc loc) {}

  /** A step of the dismissal procedure taken without, or before, the step that must come first. */
  public record StepOutOfOrder(String dismissal, String step, LocalDate date, String needs, LocalDate needsDate,
      Loc loc) {
    public boolean missing() {
      return needsDate == null;
    }
  }

  /** A matter the Council (or the Personnel Committee) had to take into account and is not recorded as having done. */
  public record NotConsidered(String dismissal, String body, String input, String recorded, Loc loc) {}

  /** The Council's vote on a dismissal against two-thirds of the whole council. */
  public record DismissalVote(String dismissal, int forVotes, int against, int abstain, Integer present, int seats,
      int needed, Loc loc) {
    public int voting() {
      return forVotes + against;
    }

    public String shares() {
      String s = "";
      if (present != null && present > 0) s += Math.round(100.0 * forVotes / present) + "% of the " + present + " present";
      if (voting() > 0) {
        s += (s.isEmpty() ? "" : " and ") + Math.round(100.0 * forVotes / voting()) + "% of the " + voting()
            + " voting for or against";
      }
      return s.isEmpty() ? "no votes against" : s;
    }
  }

  /** A suspension and the date its limit runs out. */
  public record SuspensionSpan(String dismissal, LocalDate from, LocalDate to, LocalDate limit, int months,
      boolean extendedWithConsent, Loc loc) {
    public boolean over() {
      return to != null && to.isAfter(limit) && !extendedWithConsent;
    }
  }

  // ---- County Council -----------------------------------------------------------------------

  /** A division (vote) with its announcement, bell and voting window as recorded. */
  public record DivisionFacts(String meeting, String board, int item, Vote.Division division, int present, Loc loc) {
    public boolean bellShort(int seconds) {
      return !division.allPresent() && (division.bellSeconds() == null || division.bellSeconds() < seconds);
    }

    public boolean notAnnounced() {
      return Boolean.FALSE.equals(division.announced());
    }

    public boolean resultNotAnnounced() {
      return Boolean.FALSE.equals(division.resultAnnounced());
    }

    public boolean votingShort(int seconds) {
      return division.votingSeconds() != null && division.votingSeconds() < seconds;
    }

    public String bellText() {
      return division.bellSeconds() == null ? "no division bell is recorded" : "the bell rang for " + division.bellSeconds() + " seconds";
    }
  }

  /** A recorded vote whose stated count differs from the number of names listed. */
  public record CountMismatch(String meeting, int item, String side, int stated, int named, Loc loc) {}

  /** A member recorded as voting who is not recorded as present. */
  public record AbsentVoter(String meeting, int item, String member, Loc loc) {}

  /** An item taken as urgent business and how its reason was recorded. */
  public record UrgentBusiness(String meeting, String board, int item, String title, String reason, boolean minuted,
      Loc loc) {
    public boolean reasonMissing() {
      return reason == null || reason.isBlank();
    }
  }

  /** A meeting's minutes and the next meeting of the same body, which should approve them. */
  public record CouncilMinutesNext(String meeting, String board, LocalDate date, LocalDate next, LocalDate approvedAt, Loc loc) {
    public boolean approvedElsewhere() {
      return approvedAt == null || !approvedAt.equals(next);
    }

    public String approvedText() {
      return approvedAt == null ? "are not recorded as approved" : "were approved at the meeting of " + BodyFacts.date(approvedAt);
    }
  }

  /** A committee's composition by party against its stated composition and the council's political balance. */
  public record Composition(String board, String actual, String stated, boolean statedMatches, String allocation,
      boolean allocationMatches, String groups, int seats, Loc loc, Loc statedLoc) {}

  /** The parties' seats, in a fixed order, as "conservative 5, ukip 2". */
  static String text(List<String> order, java.util.Map<String, Integer> counts) {
    StringBuilder s = new StringBuilder();
    for (String p : order) {
      if (s.length() > 0) s.append(", ");
      s.append(p).append(' ').append(counts.getOrDefault(p, 0));
    }
    return s.toString();
  }
}
