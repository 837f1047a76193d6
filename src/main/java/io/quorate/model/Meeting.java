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
    Where where) {
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

  public record MemberRequest(String member, String title, LocalDate requested, Where where) {}

  public record Presiding(int fromItem, String member, String as, Where where) {}

  public record Interest(String member, int item, String kind, Where where) {}

  public record Minutes(LocalDate circulated, LocalDate approvedAt, String signedBy, Where where,
      LocalDate madeAvailableAt) {}
}
