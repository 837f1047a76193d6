package io.quorate.plan;

import io.quorate.calendar.Dates;
import java.io.PrintWriter;
import java.util.List;

/** The plan as plain text for a clerk: one block a deadline, in date order. */
public final class PlanText {
  private PlanText() {}

  public static void write(List<MeetingPlan> plans, PrintWriter out) {
    boolean first = true;
    for (MeetingPlan p : plans) {
      if (!first) out.println();
      first = false;
      out.println(heading(p));
      out.printf("  profile %s%s%n", p.profile() == null ? "(none)" : p.profile(), p.file() == null ? "" : "; " + p.file());
      for (Deadline d : p.deadlines()) {
        out.println();
        if (d.date() == null) {
          out.printf("  %s: %s%n", capitalise(d.when()), d.title());
        } else {
          out.printf("  %-16s %s%n", Dates.format(d.date()), d.title());
        }
        if (d.date() != null && !d.when().equals(Dates.format(d.date()))) out.printf("      %s%n", d.when());
        out.printf("      %s: %s, %s%s%n", d.rule(), d.source().document(), d.source().clause(),
            d.catalogueDefault() ? " (the profile has no entry for this rule yet: clause and days from the rules catalogue)" : "");
        out.printf("      \"%s\"%n", d.source().quote());
        out.printf("      %s%n", capitalise(d.counting()));
        if (d.alternative() != null) out.printf("      Other reading: %s%n", d.alternative());
        if (d.checks().isEmpty()) {
          out.printf("      [%s] nothing recorded yet%n", Status.OPEN.key());
        }
        for (Check c : d.checks()) {
          out.printf("      [%s] %s %s%s%n", c.status().key(), c.what(), Dates.format(c.date()),
              c.detail().isEmpty() ? "" : ": " + c.detail());
        }
      }
      if (!p.notes().isEmpty()) {
        out.println();
        out.println("  Notes:");
        for (String n : p.notes()) out.printf("  - %s%n", n);
      }
    }
    out.flush();
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
