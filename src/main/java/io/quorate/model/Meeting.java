package io.quorate.model;

import java.time.LocalDate;
import java.util.List;

/** One meeting of a board: its notice, agenda, attendance, votes and minutes. */
public record Meeting(
    String id,
    String board,
    LocalDate date,
    MeetingType type,
    LocalDate noticeSent,
    List<String> noticeRecipients,
    LocalDate papersSent,
    String convenedBy,
    List<String> business,
    Requisition requisition,
    List<AgendaItem> agenda,
    List<MemberRequest> memberRequests,
    Attendance attendance,
    List<Presiding> presiding,
    Integer quorumLostAt,
    List<Interest> interests,
    List<Vote> votes,
    Minutes minutes,
    Where where,
    Boolean noticeWritten) {
  public Meeting {
    noticeRecipients = noticeRecipients == null ? null : List.copyOf(noticeRecipients);
    business = List.copyOf(business);
    agenda = List.copyOf(agenda);
    memberRequests = List.copyOf(memberRequests);
    presiding = List.copyOf(presiding);
    interests = List.copyOf(interests);
    votes = List.copyOf(votes);
  }

  /** Business requiring a decision: an item marked {@code decision: true}, an election, or a vote. */
  public boolean hasDecisionBusiness() {
    return !votes.isEmpty()
        || agenda.stream().anyMatch(a -> a.decision() || "decision".equals(a.kind()) || "election".equals(a.kind()));
  }

  /** The member presiding from the start of the meeting, if recorded. */
  public String presidingAtStart() {
    return presiding.isEmpty() ? null : presiding.get(0).member();
  }

  /** The member presiding at the given item. */
  public String presidingAt(int item) {
    String who = null;
    for (Presiding p : presiding) {
      if (p.fromItem() <= item) who = p.member();
    }
    return who;
  }

  public String file() {
    return where.file();
  }

  public record Requisition(LocalDate received, List<String> signedBy, List<String> business, Where where) {
    public Requisition {
      signedBy = List.copyOf(signedBy);
      business = List.copyOf(business);
    }
  }

  public record MemberRequest(String member, String title, LocalDate requested, Where where, Boolean relevant) {
    /** Relevant to the board's terms of reference unless the input says {@code relevant: false}. */
    public boolean isRelevant() {
      return relevant == null || relevant;
    }
  }

  public record Presiding(int fromItem, String member, String as, Where where) {}

  public record Interest(String member, int item, String kind, Where where, boolean dispensation) {}

  public record Minutes(LocalDate circulated, LocalDate approvedAt, String signedBy, Where where,
      Boolean recordsPresent, Boolean recordsInAttendance, Boolean recordsApologies, Boolean recordsProceedings, LocalDate madeAvailableAt) {
    // Written out: the rule engine's `minutes != null` calls equals(null), and a record's implicit
    // equals starts java.lang.invoke's method-handle machinery on its first call (~30 ms of a cold
    // check). Component by component, as the implicit one (RecordMethodsTest).
    @Override
    public boolean equals(Object o) {
      return o == this || o instanceof Minutes m && java.util.Objects.equals(circulated, m.circulated)
          && java.util.Objects.equals(approvedAt, m.approvedAt) && java.util.Objects.equals(signedBy, m.signedBy)
          && java.util.Objects.equals(where, m.where) && java.util.Objects.equals(recordsPresent, m.recordsPresent)
          && java.util.Objects.equals(recordsInAttendance, m.recordsInAttendance)
          && java.util.Objects.equals(recordsApologies, m.recordsApologies)
          && java.util.Objects.equals(recordsProceedings, m.recordsProceedings)
          && java.util.Objects.equals(madeAvailableAt, m.madeAvailableAt);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(circulated, approvedAt, signedBy, where, recordsPresent, recordsInAttendance,
          recordsApologies, recordsProceedings, madeAvailableAt);
    }

    /** The parts of the minutes the input says are missing ({@code records-...: false}). */
    public java.util.List<String> missingParts() {
      java.util.List<String> out = new java.util.ArrayList<>();
      if (Boolean.FALSE.equals(recordsPresent)) out.add("the names of the members present");
      if (Boolean.FALSE.equals(recordsInAttendance)) out.add("those in attendance");
      if (Boolean.FALSE.equals(recordsApologies)) out.add("apologies");
      if (Boolean.FALSE.equals(recordsProceedings)) out.add("the proceedings, decisions and resolutions");
      return out;
    }
  }
}
