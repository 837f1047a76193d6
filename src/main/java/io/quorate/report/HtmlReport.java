package io.quorate.report;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.quorate.calendar.Dates;
import io.quorate.calendar.WorkingDays;
import io.quorate.engine.Finding;
import io.quorate.engine.Severity;
import io.quorate.model.Board;
import io.quorate.model.Corpus;
import io.quorate.model.Meeting;
import io.quorate.model.Panel;
import io.quorate.plan.Check;
import io.quorate.plan.Deadline;
import io.quorate.plan.MeetingPlan;
import io.quorate.plan.PlanText;
import io.quorate.plan.Planner;
import io.quorate.text.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One self-contained HTML page (inline CSS and SVG, no scripts, nothing fetched) for a clerk to open
 * or email: for {@code check}, the findings grouped by meeting; for {@code plan}, the deadlines; and
 * for each meeting a timeline of the notice period. Written with a Mustache template, which escapes
 * every value taken from the input: first made printable ({@link Printable}: no control character,
 * which HTML forbids, and no bidirectional override to make a name read other than it is), then
 * HTML-escaped.
 */
public final class HtmlReport {
  private HtmlReport() {}

  private static final class Holder {
    static final Template TEMPLATE = compile();
  }

  private static Template compile() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("/io/quorate/report/report.html.mustache")) {
      if (in == null) throw new IllegalStateException("report.html.mustache missing from the jar");
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return Mustache.compiler().withEscaper(value -> Escapers.HTML.escape(Printable.escape(value)))
            .emptyStringIsFalse(true).nullValue("").compile(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------------------------------ check

  /**
   * The check report.
   *
   * @param corpus the files checked, for grouping by meeting and the timelines; may be null, when
   *     findings are grouped by subject only
   * @param calendar the working-day calendar used; may be null only with a null corpus
   */
  public static void check(Results results, Corpus corpus, WorkingDays calendar, PrintWriter out) {
    List<Map<String, Object>> sections = new ArrayList<>();
    Set<Finding> shown = new LinkedHashSet<>();
    if (corpus != null) {
      Planner planner = new Planner(calendar);
      List<Meeting> meetings = new ArrayList<>(corpus.meetings());
      meetings.sort(Comparator.comparing(Meeting::board).thenComparing(Meeting::date));
      for (Meeting m : meetings) {
        Board b = corpus.boards().stream().filter(x -> x.id().equals(m.board())).findFirst().orElse(null);
        MeetingPlan plan = b == null ? null : plan(() -> planner.plan(b, m, corpus.meetings()));
        String heading = plan != null ? PlanText.heading(plan)
            : m.board() + ": " + m.type().key() + " meeting on " + Dates.format(m.date());
        sections.add(section(heading, m.file(), findings(results, m.id(), shown), plan, calendar, true));
      }
      for (Board b : corpus.boards()) {
        List<Finding> fs = findings(results, b.id(), shown);
        if (!fs.isEmpty()) sections.add(section(b.displayName() + " (board)", b.file(), fs, null, calendar, true));
      }
      for (Panel p : corpus.panels()) {
        MeetingPlan plan = plan(() -> planner.plan(p));
        String heading = plan != null ? PlanText.heading(plan) : p.id();
        sections.add(section(heading, p.where().file(), findings(results, p.id(), shown), plan, calendar, true));
      }
    }
    Set<String> rest = new LinkedHashSet<>();
    for (Finding f : results.findings()) if (!shown.contains(f)) rest.add(f.subject());
    for (String subject : rest) {
      sections.add(section(subject, null, findings(results, subject, shown), null, calendar, true));
    }
    long breach = results.count(Severity.BREACH);
    long warning = results.count(Severity.WARNING);
    Map<String, Object> summary = Timeline.map("files", results.files(), "filesWord", results.files() == 1 ? "file" : "files",
        "breach", breach, "breachWord", breach == 1 ? "breach" : "breaches",
        "warning", warning, "warningWord", warning == 1 ? "warning" : "warnings", "info", results.count(Severity.INFO));
    render(Timeline.map("title", "quorate: procedure check", "subtitle",
        "Findings grouped by meeting, with the clause each one breaks and a timeline of each notice period.",
        "version", results.version(), "summary", summary, "sections", sections), out);
  }

  private interface PlanSupplier {
    MeetingPlan get();
  }

  /** The plan for a timeline; none if the body's configuration cannot give one (check reports that itself). */
  private static MeetingPlan plan(PlanSupplier s) {
    try {
      return s.get();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static List<Finding> findings(Results results, String subject, Set<Finding> shown) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : results.findings()) {
      if (Objects.equals(f.subject(), subject) && shown.add(f)) out.add(f);
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------- plan

  public static void plan(String version, List<MeetingPlan> plans, WorkingDays calendar, PrintWriter out) {
    List<Map<String, Object>> sections = new ArrayList<>();
    for (MeetingPlan p : plans) {
      sections.add(section(PlanText.heading(p), p.file() == null ? "" : p.file(), List.of(), p, calendar, false));
    }
    render(Timeline.map("title", "quorate: meeting plan", "subtitle",
        "Every deadline the board's procedure rules set for the meeting, counted in working days.",
        "version", version, "summary", "", "sections", sections), out);
  }

  // --------------------------------------------------------------------------------------- sections

  private static Map<String, Object> section(String heading, String file, List<Finding> findings, MeetingPlan plan,
      WorkingDays calendar, boolean showFindings) {
    List<Map<String, Object>> fs = new ArrayList<>();
    for (Finding f : findings) {
      fs.add(Timeline.map("severity", f.severity().key(), "rule", f.rule(), "loc", f.loc().toString(),
          "message", capitalise(f.message()), "document", f.source().document(), "clause", f.source().clause(),
          "quote", f.source().quote()));
    }
    List<Map<String, Object>> ds = new ArrayList<>();
    List<String> notes = List.of();
    Map<String, Object> timeline = null;
    if (plan != null) {
      for (Deadline d : plan.deadlines()) {
        List<Map<String, Object>> checks = new ArrayList<>();
        for (Check c : d.checks()) {
          checks.add(Timeline.map("status", c.status().key(), "what", c.what(), "date", Dates.format(c.date()),
              "detail", c.detail()));
        }
        ds.add(Timeline.map("when", d.when(), "title", d.title(), "rule", d.rule(), "document", d.source().document(),
            "clause", d.source().clause(), "catalogueDefault", d.catalogueDefault(), "counting", capitalise(d.counting()),
            "alternative", d.alternative() == null ? "" : d.alternative(), "status", d.status().key(),
            "checks", checks, "hasChecks", !checks.isEmpty()));
      }
      notes = plan.notes();
      timeline = timeline(plan, calendar);
    }
    return Timeline.map("heading", heading, "anchor", anchor(heading), "file", file == null ? "" : file,
        "showFindings", showFindings, "findings", fs, "timeline", timeline == null ? "" : timeline,
        "deadlines", ds, "hasDeadlines", !ds.isEmpty(), "deadlinesOpen", !showFindings, "notes", notes, "hasNotes", !notes.isEmpty());
  }

  private static final Map<String, String> SHORT = Map.of(
      "notice", "notice & agenda", "papers", "papers", "member-items", "members' requests",
      "substitutions", "absences & substitutes", "requisition", "meeting (requisition)", "establish", "establish panel");

  /** The timeline of a plan: its deadlines before (or at) the meeting, the dates recorded, and the meeting. */
  static Map<String, Object> timeline(MeetingPlan p, WorkingDays calendar) {
    if (p.date() == null || calendar == null) return null;
    List<Timeline.Marker> markers = new ArrayList<>();
    LocalDate countFrom = null;
    LocalDate noticeDeadline = null;
    for (Deadline d : p.deadlines()) {
      String label = SHORT.get(d.key());
      if (label == null || d.date() == null) continue; // the minutes fall after the meeting
      markers.add(new Timeline.Marker(d.date(), label, "deadline"));
      if (d.key().equals("requisition") && d.span() != null) {
        markers.add(new Timeline.Marker(d.span().from(), "Requisition received", "done"));
        countFrom = d.span().from();
      }
      if (d.key().equals("notice") || d.key().equals("establish")) noticeDeadline = d.date();
      // the recorded dispatch (or establishment); apologies and requests are in the table, not the drawing
      if (d.key().equals("notice") || d.key().equals("papers") || d.key().equals("establish")) {
        for (Check c : d.checks()) {
          if (!c.what().startsWith("item ")) markers.add(new Timeline.Marker(c.date(), capitalise(c.what()), "done"));
          if (!d.key().equals("papers")) countFrom = c.date();
        }
      }
    }
    if (countFrom == null) countFrom = noticeDeadline;
    markers.add(new Timeline.Marker(p.date(), p.kind().equals("panel") ? "County Council meeting" : "Meeting", "meeting"));
    // recorded dates long before the period would squash the drawing: keep the period itself readable
    return Timeline.build(markers, countFrom, p.date(), calendar);
  }

  private static String anchor(String heading) {
    return heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static String capitalise(String s) {
    return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void render(Map<String, Object> model, PrintWriter out) {
    Holder.TEMPLATE.execute(model, out);
    out.flush();
  }
}
