package io.quorate.engine;

import io.quorate.calendar.Span;
import io.quorate.calendar.WorkingDays;
import io.quorate.model.Loc;
import io.quorate.model.Period;
import io.quorate.model.Vote;
import java.time.LocalDate;
import java.util.List;

/**
 * Derived facts: computed once in Java from the model (working-day counts, who is present, vote
 * tallies, report counts) and inserted beside it. They are the "why" a finding explains; the rules
 * only compare them with the profile's parameters.
 */
public final class Facts {
  private Facts() {}

  /** Working days strictly between two dates of one subject, e.g. notice sent and meeting. */
  public record DayCount(String subject, String what, LocalDate from, LocalDate to, Span span, WorkingDays calendar) {
    public int count() {
      return span.count();
    }

    /** The latest day {@code from} could have been for {@code n} clear working days. */
    public LocalDate latestFor(int n) {
      return calendar.latestDispatch(to, n);
    }

    public String counted() {
      return span.countedText();
    }

    public String skipped() {
      return span.skippedText();
    }
  }

  /** Members present at a meeting, counting substitutes sitting for absent members. */
  public record Presence(String meeting, int count, int members, int substitutes, boolean decisionBusiness) {}

  /** The quorum of a board: the fraction of its base (members listed, or constitutional seats). */
  public record QuorumNeed(String board, Fraction fraction, int base, String baseText, int required) {}

  /**
   * A vote as counted under the board's rules: persons, or voting units when each voting group
   * (a CCG) has one vote.
   */
  public record Tally(
      String meeting,
      int item,
      Vote vote,
      Loc loc,
      boolean unitsCounted,
      int forVotes,
      int againstVotes,
      int abstentions,
      String presiding,
      List<String> splitGroups,
      List<String> doubleCounted) {
    public boolean tie() {
      return forVotes == againstVotes;
    }

    public String casting() {
      return vote.casting();
    }

    public String result() {
      return vote.result();
    }

    public String castingBy() {
      return vote.castingBy() != null ? vote.castingBy() : presiding;
    }

    /** The result the casting vote implies: carried when cast for, lost when cast against. */
    public String resultOfCasting() {
      return "for".equals(vote.casting()) ? "carried" : "lost";
    }
  }

  /** Reports from a board to one recipient in one reporting year of the audit window. */
  public record ReportCount(String board, String recipient, Period year, int count, List<LocalDate> dates, Loc loc) {
    public String datesText() {
      return dates.isEmpty() ? "none" : String.join(", ", dates.stream().map(io.quorate.calendar.Dates::format).toList());
    }
  }

  /** A date the bank-holiday data does not cover, so working days around it may be miscounted. */
  public record CoverageGap(String subject, Loc loc, String field, LocalDate date, String coverage) {}

  /** A board with period rules but no audit window, so those rules were not run. */
  public record AuditMissing(String board, Loc loc, String rules) {}
}
