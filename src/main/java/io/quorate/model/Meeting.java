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
