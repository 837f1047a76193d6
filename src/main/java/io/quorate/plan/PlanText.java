package io.quorate.plan;

import io.quorate.calendar.Dates;
import io.quorate.text.Printable;
import java.io.PrintWriter;
import java.util.List;

/**
 * The plan as plain text for a clerk: one block a deadline, in date order. Each line is written
 * through {@link Printable}, so no value (an id, a board's name, a holiday's title, a file name) can
 * break a line or reach the terminal as a control sequence.
 */
public final class PlanText {
  private PlanText() {}

  public static void write(List<MeetingPlan> plans, PrintWriter out) {
    boolean first = true;
    for (MeetingPlan p : plans) {
      if (!first) out.println();
      first = false;
      line(out, "%s", heading(p));
      line(out, "  profile %s%s", p.profile() == null ? "(none)" : p.profile(), p.file() == null ? "" : "; " + p.file());
      for (Deadline d : p.deadlines()) {
        out.println();
        if (d.date() == null) {
          line(out, "  %s: %s", capitalise(d.when()), d.title());
        } else {
          line(out, "  %-16s %s", Dates.format(d.date()), d.title());
        }
        if (d.date() != null && !d.when().equals(Dates.format(d.date()))) line(out, "      %s", d.when());
        line(out, "      %s: %s, %s%s", d.rule(), d.source().document(), d.source().clause(),
            d.catalogueDefault() ? " (the profile has no entry for this rule yet: clause and days from the rules catalogue)" : "");
        line(out, "      \"%s\"", d.source().quote());
        line(out, "      %s", capitalise(d.counting()));
        if (d.alternative() != null) line(out, "      Other reading: %s", d.alternative());
        if (d.checks().isEmpty()) {
          line(out, "      [%s] nothing recorded yet", Status.OPEN.key());
        }
        for (Check c : d.checks()) {
          line(out, "      [%s] %s %s%s", c.status().key(), c.what(), Dates.format(c.date()),
              c.detail().isEmpty() ? "" : ": " + c.detail());
        }
      }
      if (!p.notes().isEmpty()) {
        out.println();
        out.println("  Notes:");
        for (String n : p.notes()) line(out, "  - %s", n);
      }
    }
    out.flush();
  }

  private static void line(PrintWriter out, String format, Object... args) {
    Printable.println(out, String.format(format, args));
  }

  /** "Kent Health and Wellbeing Board: ordinary meeting on Wed 29 May 2013 (kent-hwb-2013-05-29)". */
  public static String heading(MeetingPlan p) {
    if (p.kind().equals("panel")) {
      return p.body() + ": report to the County Council" + (p.date() == null ? "" : " on " + Dates.format(p.date()));
    }
    return p.body() + ": " + p.type() + " meeting on " + Dates.format(p.date()) + " (" + p.subject() + ")";
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
