package io.quorate.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Who was there: members present, apologies, substitutes and non-members also present.
 *
 * @param recorded whether the input records who was present (a {@code present:} list, even an empty
 *     one): without it nobody is known to have been present or absent, and the rules that count
 *     those present cannot judge the meeting
 */
public record Attendance(
    List<String> present,
    List<Apology> apologies,
    List<Substitute> substitutes,
    List<String> alsoPresent,
    Where where,
    boolean recorded) {
  public Attendance {
    present = List.copyOf(present);
    apologies = List.copyOf(apologies);
    substitutes = List.copyOf(substitutes);
    alsoPresent = List.copyOf(alsoPresent);
  }

  public static Attendance none(Where where) {
    return new Attendance(List.of(), List.of(), List.of(), List.of(), where, false);
  }

  public record Apology(String member, LocalDate notified, String reason, Boolean consent, Where where) {}

  public record Substitute(
      String forMember, String name, String organisation, LocalDate notified, Where where) {}
}
