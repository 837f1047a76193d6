package io.quorate.report;

import io.quorate.calendar.Dates;
import io.quorate.engine.Finding;
import io.quorate.engine.Severity;
import java.io.PrintWriter;

/** Plain text for a person: where, what, and the clause it breaks. */
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
    for (Finding f : results.findings()) {
      var w = results.waiver(f);
      out.printf("%s: %s %s [%s]%s%n", f.loc(), f.severity().key(), f.rule(), f.subject(),
          w.map(x -> " waived").orElse(""));
      out.printf("  %s%n", capitalise(f.message()));
      out.printf("  %s, %s: \"%s\"%n", f.source().document(), f.source().clause(), f.source().quote());
      w.ifPresent(x -> out.printf("  Waived until %s by %s: %s (%s)%n", Dates.format(x.expires()), x.owner(), x.reason(),
          x.where().self()));
    }
    if (!results.findings().isEmpty()) out.println();
    out.printf("%d %s checked: %s, %s, %s%n", results.files(), results.files() == 1 ? "file" : "files",
        plural(results.count(Severity.BREACH), "breach", "breaches"),
        plural(results.count(Severity.WARNING), "warning", "warnings"),
        plural(results.count(Severity.INFO), "info", "info")
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
