package io.quorate.report;

import io.quorate.calendar.Dates;
import io.quorate.engine.Finding;
import io.quorate.engine.Severity;
import io.quorate.text.Printable;
import java.io.PrintWriter;

/**
 * Plain text for a person: where, what, and the clause it breaks. Each line is written through
 * {@link Printable}, so no value (a file name, an id, a waiver's reason) can break a line or reach
 * the terminal as a control sequence.
 */
final class TextRenderer implements Renderer {
  @Override
  public String name() {
    return "text";
  }

  @Override
  public String description() {
    return "plain text for a person (default)";
  }

  @Override
  public void render(Results results, PrintWriter out) {
    // print and println, not printf: java.util.Formatter's first use (its format-string parser, the
    // locale's number symbols) costs tens of milliseconds of a one-file check, and digits never follow
    // the JVM's locale this way
    for (Finding f : results.findings()) {
      var w = results.waiver(f);
      Printable.println(out, f.loc() + ": " + f.severity().key() + " " + f.rule() + " [" + f.subject() + "]"
          + w.map(x -> " waived").orElse(""));
      Printable.println(out, "  " + capitalise(f.message()));
      Printable.println(out, "  " + f.source().document() + ", " + f.source().clause() + ": \"" + f.source().quote()
          + "\"");
      w.ifPresent(x -> Printable.println(out, "  Waived until " + Dates.format(x.expires()) + " by " + x.owner() + ": "
          + x.reason() + " (" + x.where().self() + ")"));
    }
    if (!results.findings().isEmpty()) out.println();
    out.println(results.files() + " " + (results.files() == 1 ? "file" : "files") + " checked: "
        + plural(results.count(Severity.BREACH), "breach", "breaches") + ", "
        + plural(results.count(Severity.WARNING), "warning", "warnings") + ", "
        + plural(results.count(Severity.INFO), "info", "info")
        + (results.waivedCount() > 0 ? ", " + results.waivedCount() + " waived" : "")
        + (results.baselined() > 0 ? " (" + plural(results.baselined(), "known finding", "known findings")
            + " in the baseline not shown)" : ""));
    out.flush();
  }

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + (s.endsWith(".") ? "" : ".");
  }
}
