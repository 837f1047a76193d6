package io.quorate.report;

import io.quorate.engine.Finding;
import io.quorate.engine.Severity;
import io.quorate.text.Printable;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice}
 * line per finding, which GitHub shows as an annotation on the file and line. Waived findings are
 * left out. Each value is first made printable ({@link Printable}: a line break in a file name or an
 * id shows as {@code \n}, never as a line of its own that GitHub would run as a workflow command), then
 * escaped as GitHub's toolkit does: % CR LF in messages, and also : and , in properties. The one line
 * break GitHub shows is the one between the message and its source.
 */
final class GithubRenderer implements Renderer {
  @Override
  public String name() {
    return "github";
  }

  @Override
  public String description() {
    return "GitHub Actions annotations (::error file=...,line=...::message)";
  }

  static String command(Severity s) {
    return switch (s) {
      case BREACH -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }

  @Override
  public void render(Results results, PrintWriter out) {
    for (Finding f : results.active()) {
      StringBuilder line = new StringBuilder("::").append(command(f.severity())).append(" file=")
          .append(escapeProperty(Printable.escape(f.loc().file())));
      if (f.loc().line() > 0) {
        line.append(",line=").append(f.loc().line()).append(",col=").append(f.loc().column());
      }
      line.append(",title=").append(escapeProperty(Printable.escape(f.rule()))).append("::")
          .append(escapeData(Printable.escape("[" + f.subject() + "] " + SarifRenderer.sentence(f.message())) + "\n"
              + Printable.escape(f.source().document() + ", " + f.source().clause() + ": \"" + f.source().quote() + "\"")));
      out.print(line);
      out.print('\n');
    }
    out.flush();
  }
}
