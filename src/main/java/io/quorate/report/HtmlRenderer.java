package io.quorate.report;

import java.io.PrintWriter;

/** One self-contained HTML page for a person: findings by meeting, with notice-period timelines. */
final class HtmlRenderer implements Renderer {
  @Override
  public String name() {
    return "html";
  }

  @Override
  public String description() {
    return "one self-contained HTML page: findings by meeting, with a timeline of each notice period";
  }

  @Override
  public void render(Results results, PrintWriter out) {
    HtmlReport.check(results, results.corpus(), results.calendar(), out);
  }
}
