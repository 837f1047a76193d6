package io.quorate.model;

import java.time.LocalDate;
import java.util.List;

/** A Statutory Officer Independent Panel. */
public record Panel(
    String id,
    String profile,
    String council,
    LocalDate established,
    LocalDate reportToCouncil,
    List<Member> members,
    String chair,
    List<PanelMeeting> meetings,
    Where where,
    LocalDate reportSummons,
    String fallbackReason) {
  public Panel {
    members = List.copyOf(members);
    meetings = List.copyOf(meetings);
  }

  public record PanelMeeting(LocalDate date, List<String> present, Where where, String presiding,
      boolean chairElectedFirst) {
    public PanelMeeting {
      present = List.copyOf(present);
    }
  }
}
