package io.quorate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorate.calendar.WorkingDays;
import io.quorate.engine.Checker;
import io.quorate.engine.Finding;
import io.quorate.io.InputLoader;
import io.quorate.model.Corpus;
import io.quorate.plan.MeetingPlan;
import io.quorate.plan.Planner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  static final WorkingDays CAL = WorkingDays.builtIn();

  static String checkHtml(List<Path> paths) {
    Corpus corpus = InputLoader.load(paths);
    List<Finding> findings = new Checker(CAL).check(corpus, null);
    StringWriter s = new StringWriter();
    Renderers.get("html").orElseThrow().render(new Results("test", corpus.files().size(), findings, corpus, CAL),
        new PrintWriter(s));
    return s.toString();
  }

  static String planHtml(List<MeetingPlan> plans) {
    StringWriter s = new StringWriter();
    HtmlReport.plan("test", plans, CAL, new PrintWriter(s));
    return s.toString();
  }

  @Test
  void checkReportGroupsFindingsByMeetingWithTimelines() {
    String html = checkHtml(List.of(Path.of("examples/kent-hwb-2013"), Path.of("examples/soip-2015/panel-late.yaml")));
    assertThat(html).startsWith("<!DOCTYPE html>")
        .contains("<h2>Kent Health and Wellbeing Board: ordinary meeting on Wed 29 May 2013 (kent-hwb-2013-05-29)</h2>")
        .contains("<svg class=\"timeline-svg\"")
        .contains("Mon 27 May 2013: Spring bank holiday, not counted")
        .contains("Last day: notice &amp; agenda, papers, absences &amp; substitutes")
        .contains("panel-lead-time");
    // the late panel's breach sits in the panel's section, with its clause
    int panel = html.indexOf("Statutory Officer Independent Panel (");
    assertThat(panel).isPositive();
    assertThat(html.indexOf("class=\"finding breach\"", panel)).isPositive();
    assertThat(html).contains("Terms of Reference, Meetings, c");
  }

  @Test
  void selfContained() {
    String html = checkHtml(List.of(Path.of("examples/kent-hwb-2013")));
    assertThat(html).doesNotContain("<script", "<link", "<img", "src=", "@import", "url(");
    // the only URL is the SVG namespace name, which is never fetched
    Matcher m = Pattern.compile("https?://[^\"'\\s<]+").matcher(html);
    while (m.find()) assertThat(m.group()).isEqualTo("http://www.w3.org/2000/svg");
  }

  @Test
  void everythingFromTheInputIsEscaped(@TempDir Path dir) throws IOException {
    Path board = dir.resolve("board.yaml");
    Files.writeString(board, """
        kind: board
        id: b1
        name: "Board <script>alert('x')</script> & Co"
        profile: kent-hwb-2015
        members:
          - {id: a, name: "A <b>bold</b>"}
          - {id: b, name: B}
          - {id: c, name: C}
        """);
    Files.writeString(dir.resolve("m.yaml"), """
        kind: meeting
        board: b1
        date: 2013-05-29
        type: ordinary
        notice-sent: 2013-05-21
        member-requests:
          - {member: a, title: "<img src=x onerror=alert(1)>", requested: 2013-05-15}
        attendance:
          present: [a, b, c]
        """);
    String html = checkHtml(List.of(dir));
    assertThat(html).doesNotContain("<script>alert", "<img src=x")
        .contains("Board &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co")
        .contains("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;")
        .contains("class=\"finding breach\"");
    Corpus corpus = InputLoader.load(List.of(dir));
    MeetingPlan plan = new Planner(CAL).plan(corpus.boards().get(0), corpus.meetings().get(0), corpus.meetings());
    String page = planHtml(List.of(plan));
    assertThat(page).doesNotContain("<script>alert", "<img src=x").contains("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;")
        .contains("<span class=\"status missed\">missed</span>")
        .contains("<span class=\"status ambiguous\">ambiguous</span>");
  }
}
