package io.quorate.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The timetable for one meeting (or one panel's establishment), in date order.
 *
 * @param subject the meeting id or panel id
 * @param kind "meeting" or "panel"
 * @param body the board's (or panel's) display name
 * @param profile the profile whose rules give the deadlines; may be null
 * @param date the meeting day (for a panel: the County Council meeting that receives its report)
 * @param type the meeting type key (ordinary, special, ...); null for a panel
 * @param file the file the meeting or panel comes from; null for a meeting given on the command line
 * @param deadlines every deadline, dated ones first in date order
 * @param notes rules of the profile that do not give a deadline for this meeting, and why
 */
public record MeetingPlan(
    String subject,
    String kind,
    String body,
    String profile,
    LocalDate date,
    String type,
    String file,
    List<Deadline> deadlines,
    List<String> notes) {
  public MeetingPlan {
    deadlines = List.copyOf(deadlines);
    notes = List.copyOf(notes);
  }
}
