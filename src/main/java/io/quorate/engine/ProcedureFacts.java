package io.quorate.engine;

import io.quorate.calendar.Dates;
import io.quorate.calendar.Span;
import io.quorate.calendar.WorkingDays;
import io.quorate.model.Loc;
import io.quorate.model.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * Derived facts for the Health and Wellbeing Board procedure rules (rules-catalogue R01-R59):
 * working-day timings of papers, requests and notifications, per-meeting irregularities the rules
 * judge, and facts that span all the meetings of a board (term of office, minutes, frequency,
 * attendance, membership). Computed in Java by {@link MeetingProcedureDeriver} and
 * {@link BoardSeriesDeriver}; the rules compare them with the profile's parameters.
 */
public final class ProcedureFacts {
  private ProcedureFacts() {}

  /**
   * A date something reached the Clerk or went out (papers, a member's agenda request, an apology
   * or substitution), judged against the meeting date. Counts clear working days (both end days
   * excluded) and also answers the literal, non-clear reading of "at least N working days before"
   * (rules-catalogue 0.2).
   *
   * @param what papers | member-request (left off the agenda) | member-item (on it) | apology | substitute
   */
  public record Timing(
      String meeting,
      String what,
      int item,
      String who,
      String title,
      LocalDate sent,
      LocalDate meetingDate,
      Span span,
      WorkingDays calendar,
      Loc loc,
      boolean tabled,
      String lateReason,
      boolean relevant) {
    public int count() {
      return span.count();
    }

    public String counted() {
      return span.countedText();
    }

    public String skipped() {
      return span.skippedText();
    }

    /** The latest day for {@code n} clear working days. */
    public LocalDate latestFor(int n) {
      return calendar.latestDispatch(meetingDate, n);
    }

    /** The latest day under the literal reading: {@code n} working days back from the meeting. */
    public LocalDate latestLiteral(int n) {
      return calendar.addWorkingDays(meetingDate, -n);
    }

    public boolean literalOk(int n) {
      return !sent.isAfter(latestLiteral(n));
    }

    /** Timely under the reading in force: {@code clear} (default) or {@code literal}. */
    public boolean timely(int n, String reading) {
      return "literal".equals(reading) ? literalOk(n) : count() >= n;
    }

    /** The two readings disagree: late under the clear reading, in time under the literal one. */
    public boolean divergent(int n) {
      return count() < n && literalOk(n);
    }
  }

  /** A requisitioned meeting and the day the chair received the requisition. */
  public record RequisitionTiming(
      String meeting, LocalDate received, LocalDate date, int days, LocalDate deadline, LocalDate sixth,
      Span span, int between, Loc loc) {
    /** Clear working days between receipt and the meeting. */
    public int count() {
      return between;
    }

    /** The working days that follow receipt, up to the last day. */
    public String counted() {
      return span.countedText();
    }

    public String skipped() {
      return span.skippedText();
    }

    public boolean beforeReceipt() {
      return !date.isAfter(received);
    }

    public boolean inTime() {
      return date.isAfter(received) && !date.isAfter(deadline);
    }

    /** After the last day but no later than the next working day: five clear working days between. */
    public boolean ambiguous() {
      return date.isAfter(deadline) && !date.isAfter(sixth);
    }

    public boolean late() {
      return date.isAfter(sixth);
    }
  }

  /** The signatories of a requisition: distinct persons and distinct voting units. */
  public record Signatories(String meeting, int persons, int units, String names, Loc loc) {}

  /** A member who was not sent the notice of a meeting. */
  public record NotSent(String meeting, String member, String label, Loc loc) {}

  /** The business stated for a special or requisitioned meeting (empty: none stated). */
  public record StatedBusiness(String meeting, List<String> business, Loc loc) {
    public boolean none() {
      return business.isEmpty();
    }
  }

  /** An agenda item of a special or requisitioned meeting outside the business stated for it. */
  public record OtherBusiness(String meeting, int item, String title, String stated, Loc loc) {}

  /** Business requiring a decision taken at or after the item at which the quorum was lost. */
  public record AfterQuorumLost(String meeting, int item, String what, int lostAt, Loc loc) {}

  /** A substitute who may not sit: for a present member, from another organisation, or a second one. */
  public record SubstituteIssue(
      String meeting, String forMember, String name, String problem, String detail, Loc loc) {}

  /** Someone presiding out of the order chair, vice-chair, acting chair appointed by the board. */
  public record PresidingIssue(
      String meeting, int fromItem, String member, String problem, String expected, Loc loc) {
    /** "item 3", or "the start" for a presiding member recorded for the whole meeting. */
    public String fromText() {
      return fromItem == 0 ? "the start" : "item " + fromItem;
    }
  }

  /** A vote cast by someone who may not cast it: not present, or with a disclosable pecuniary interest. */
  public record VoterIssue(String meeting, int item, String member, String side, String problem, Loc loc) {}

  /** Voting units present at a meeting (a voting group counts once where the board gives it one vote). */
  public record UnitsPresent(String meeting, int units, boolean groupsCollapsed) {
    /** More than half of those present: the literal "majority of the members present". */
    public int literalMajority() {
      return units / 2 + 1;
    }
  }

  // ---- across all the meetings of a board ------------------------------------------------------

  /**
   * The first meeting of a board after a 1 April on which the chair's term ended, and whether it
   * elected a chairman.
   */
  public record ChairTerm(
      String board, LocalDate termEnded, String meeting, LocalDate date, Integer electionItem,
      boolean electedElsewhere, String presidedAsChair, Integer presidedFrom, Loc loc) {
    public boolean noElection() {
      return electionItem == null && !electedElsewhere;
    }

    public String presidedFromText() {
      return presidedFrom == null || presidedFrom == 0 ? "the start" : "item " + presidedFrom;
    }

    /** Someone presided as Chairman before the election item, when no Chairman was in office. */
    public boolean presidedBeforeElection() {
      return electionItem != null && presidedAsChair != null && presidedFrom < electionItem;
    }
  }

  /** The minutes of one meeting and the next meeting of the same board, where they are approved. */
  public record MinutesNext(
      String board, String meeting, LocalDate date, String next, LocalDate nextDate, Boolean nextHasMinutesItem,
      LocalDate circulated, LocalDate approvedAt, String signedBy, String nextPresiding, Loc loc, Loc nextLoc) {
    public boolean circulatedLate() {
      return circulated != null && !circulated.isBefore(nextDate);
    }

    public boolean approvedElsewhere() {
      return approvedAt != null && !approvedAt.equals(nextDate);
    }

    public boolean noMinutesItem() {
      return approvedAt == null && Boolean.FALSE.equals(nextHasMinutesItem);
    }

    public boolean signedByOther() {
      return signedBy != null && nextPresiding != null && !signedBy.equals(nextPresiding);
    }

    public boolean unsigned() {
      return approvedAt != null && approvedAt.equals(nextDate) && signedBy == null;
    }
  }

  /** Meetings of a board in one quarter wholly inside the audit window. */
  public record QuarterCount(String board, Period quarter, String label, int count, Loc loc) {}

  /** Two consecutive meetings of a board inside the audit window. */
  public record MeetingGap(String board, String meeting, LocalDate from, LocalDate to, Loc loc) {
    public long days() {
      return to.toEpochDay() - from.toEpochDay();
    }

    public LocalDate limit(int months, int toleranceDays) {
      return from.plusMonths(months).plusDays(toleranceDays);
    }

    public boolean exceeds(int months, int toleranceDays) {
      return to.isAfter(limit(months, toleranceDays));
    }
  }

  /** A run of consecutive meetings in the audit window a member missed without reason or consent. */
  public record AbsenceRun(String board, String member, String label, List<LocalDate> dates, Loc loc) {
    public int count() {
      return dates.size();
    }

    public String datesText() {
      return String.join(", ", dates.stream().map(Dates::format).toList());
    }
  }

  /** Members of a board in one voting group (a CCG). */
  public record GroupSize(String board, String group, int count, String members, Loc loc) {}

  /** Members of a board in a membership category its profile requires. */
  public record CategoryCount(String board, String category, int count, Loc loc) {}
}
