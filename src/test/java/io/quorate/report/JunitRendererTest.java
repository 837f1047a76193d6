package io.quorate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorate.cli.Cli;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML read back by the JDK's XML parser: suites per file, cases per rule and subject, failures for breaches. */
class JunitRendererTest {
  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> elements(Element parent, String name) {
    NodeList l = parent.getElementsByTagName(name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < l.getLength(); i++) out.add((Element) l.item(i));
    return out;
  }

  @Test
  void oneSuitePerFileOneCasePerRuleAndSubjectFailuresForUnwaivedBreaches() throws Exception {
    Cli r = Cli.run("check", "--format", "junit", "--today", "2026-01-15", "src/test/resources/golden/input");
    assertThat(r.exit()).isEqualTo(1);
    Element root = parse(r.out()).getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    List<Element> suites = elements(root, "testsuite");
    assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly(
        "src/test/resources/golden/input/.quorate-waivers.yaml",
        "src/test/resources/golden/input/board.yaml",
        "src/test/resources/golden/input/meetings.yaml");
    Element meetings = suites.get(2);
    List<String> names = elements(meetings, "testcase").stream().map(e -> e.getAttribute("name")).toList();
    // passing checks are listed too: notice-period for every meeting, holiday-data-coverage, audit-period-missing
    assertThat(names).contains("notice-period [golden-2013-05-29]", "notice-period [golden-2013-07-17]",
        "notice-period [golden-2031-05-29]", "holiday-data-coverage [golden-2013-05-29]",
        "holiday-data-coverage [golden-2031-05-29]");
    assertThat(meetings.getAttribute("tests")).isEqualTo(Integer.toString(names.size()));
    List<Element> failures = elements(meetings, "failure");
    assertThat(failures).hasSize(1);
    assertThat(((Element) failures.get(0).getParentNode()).getAttribute("name")).isEqualTo("notice-period [golden-2013-05-29]");
    assertThat(failures.get(0).getAttribute("message")).contains(":6:14: notice sent Tue 21 May 2013 gives 4 clear working days");
    assertThat(meetings.getAttribute("failures")).isEqualTo("1");
    // the waived breach and the warnings are system-out, not failures
    String out = elements(meetings, "system-out").stream().map(Element::getTextContent).reduce("", String::concat);
    assertThat(out).contains("waived until 2026-06-30 by clerk@example.org: Agenda reissued: the 100% correct date")
        .contains("warning holiday-data-coverage [golden-2031-05-29]");
    assertThat(elements(suites.get(0), "system-out").get(0).getTextContent()).contains("warning waiver-expired");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
  }

  @Test
  void aCleanRunListsEveryCheckAsPassing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Files.copy(java.nio.file.Path.of("src/test/resources/golden/input/board.yaml"), dir.resolve("board.yaml"));
    java.nio.file.Files.writeString(dir.resolve("meeting.yaml"),
        "kind: meeting\nid: ok-2013-05-29\nboard: golden-board\ndate: 2013-05-29\nnotice-sent: 2013-05-20\n");
    Cli r = Cli.run("check", "--format", "junit", dir.toString());
    assertThat(r.exit()).isZero();
    Element root = parse(r.out()).getDocumentElement();
    assertThat(elements(root, "failure")).isEmpty();
    assertThat(elements(root, "testcase")).extracting(e -> e.getAttribute("name"))
        .contains("notice-period [ok-2013-05-29]", "holiday-data-coverage [ok-2013-05-29]", "notice-period [golden-board]");
  }
}
