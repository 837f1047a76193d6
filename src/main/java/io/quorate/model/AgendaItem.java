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

  // Written out: a record's implicit hashCode starts java.lang.invoke's method-handle machinery on its
  // first call (~30 ms of a cold one-file check). Consistent with the implicit equals: it hashes the
  // same components (RecordMethodsTest).
  @Override
  public int hashCode() {
    return java.util.Objects.hash(item, title, kind, decision, papersSent, lateReason, tabled, requestedBy, requested,
        urgent, where);
  }

  /** An item not on the published agenda, taken as urgent. */
  public record Urgent(String reason, boolean minuted, Where where) {}
}
