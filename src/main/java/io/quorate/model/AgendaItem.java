package io.quorate.model;

import java.time.LocalDate;

/** One item of a meeting's agenda. */
public record AgendaItem(
    int item,
    String title,
    String kind,
    boolean decision,
    LocalDate papersSent,
    String lateReason,
    boolean tabled,
    String requestedBy,
    LocalDate requested,
    Urgent urgent,
    Where where) {

  /** An item not on the published agenda, taken as urgent. */
  public record Urgent(String reason, boolean minuted, Where where) {}
}
