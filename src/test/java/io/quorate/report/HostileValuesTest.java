package io.quorate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quorate.engine.Finding;
import io.quorate.engine.Outcome;
import io.quorate.engine.Severity;
import io.quorate.model.Loc;
import io.quorate.model.Source;
import io.quorate.model.Waiver;
import io.quorate.model.Where;
import io.quorate.text.Hostile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;

/**
 * Every output format with hostile text in every value a finding carries (built here, not read from
 * YAML, so that it holds whatever the input checks let through): a file name, an id, a message, a
 * clause, a waiver's reason, owner and file. No output may carry a workflow command or an unsafe
 * character raw; the XML parses; JSON and SARIF keep the exact values.
 */
class HostileValuesTest {
  static final Source SOURCE = new Source(Hostile.VALUE, Hostile.VALUE, Hostile.VALUE);
  static final Finding BREACH = new Finding("notice-period", Severity.BREACH, Hostile.VALUE, new Loc(Hostile.FILE, 3, 1),
      "notice sent late: " + Hostile.VALUE, SOURCE, Hostile.VALUE);
  static final Finding WAIVED = new Finding("papers-period", Severity.BREACH, Hostile.VALUE, new Loc(Hostile.FILE, 4, 1),
      "papers sent late: " + Hostile.VALUE, SOURCE, Hostile.VALUE);
  static final Finding WARNING = new Finding("waiver-unused", Severity.WARNING, Hostile.VALUE, new Loc(Hostile.FILE, 1, 1),
      Hostile.VALUE, SOURCE, Hostile.VALUE);
  static final Waiver WAIVER = new Waiver("papers-period", Hostile.VALUE, null, null, Hostile.VALUE, Hostile.VALUE,
      LocalDate.of(2030, 1, 1), new Where(new Loc(Hostile.FILE, 2, 1), Map.of()));

  static Results results() {
    return new Results("1.0.0", 1, List.of(BREACH, WAIVED, WARNING), Map.of(WAIVED, WAIVER), 0,
        List.of(new Outcome.Check(Hostile.FILE, "notice-period", Hostile.VALUE),
            new Outcome.Check(Hostile.FILE, "quorum", Hostile.VALUE)));
  }

  static String render(String format) {
    StringWriter out = new StringWriter();
    Renderers.get(format).orElseThrow().render(results(), new PrintWriter(out));
    return out.toString();
  }

  @TestFactory
  Stream<DynamicTest> noFormatCarriesAWorkflowCommandOrAnUnsafeCharacter() {
    return Renderers.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      String out = render(name);
      Hostile.assertSafe(out, false, line -> name.equals("github") && Hostile.GITHUB_ANNOTATION.matcher(line).matches());
    }));
  }

  @Test
  void textShowsEachValueEscapedOnItsOwnLine() {
    String out = render("text");
    assertThat(out.lines().toList()).contains(
        Hostile.FILE_SHOWN + ":3:1: breach notice-period [" + Hostile.SHOWN + "]",
        "  Notice sent late: " + Hostile.SHOWN + ".",
        "  " + Hostile.SHOWN + ", " + Hostile.SHOWN + ": \"" + Hostile.SHOWN + "\"",
        "  Waived until Tue 1 Jan 2030 by " + Hostile.SHOWN + ": " + Hostile.SHOWN + " (" + Hostile.FILE_SHOWN + ":2:1)");
    assertThat(out.lines()).hasSize(3 + 4 + 3 + 2);
  }

  @Test
  void githubWritesOneAnnotationPerUnwaivedFindingAndNothingElse() {
    List<String> lines = render("github").lines().toList();
    assertThat(lines).hasSize(2).allMatch(l -> Hostile.GITHUB_ANNOTATION.matcher(l).matches());
    assertThat(lines.get(0)).startsWith("::error file=a\\n%3A%3Aerror%3A%3Aowned\\u001b]0;pwned\\u0007\\u202e.yaml,line=3,col=1,"
        + "title=notice-period::[" + Hostile.SHOWN + "] Notice sent late: " + Hostile.SHOWN + ".%0A"
        + Hostile.SHOWN + ", ");
    assertThat(lines.get(1)).startsWith("::warning file=");
  }

  @Test
  void junitParsesAndShowsTheValuesEscaped() throws Exception {
    Element root = Hostile.parseXml(render("junit")).getDocumentElement();
    Element suite = (Element) root.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("name")).isEqualTo(Hostile.FILE_SHOWN);
    Element failure = (Element) root.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo(Hostile.FILE_SHOWN + ":3:1: notice sent late: " + Hostile.SHOWN);
    assertThat(failure.getTextContent().lines()).hasSize(3);
    assertThat(root.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("waived until 2030-01-01 by " + Hostile.SHOWN + ": " + Hostile.SHOWN);
  }

  @Test
  void htmlShowsTheValuesEscaped() {
    assertThat(render("html")).contains(Hostile.SHOWN, Hostile.FILE_SHOWN);
  }

  @Test
  void jsonAndSarifKeepTheExactValues() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode json = mapper.readTree(render("json"));
    assertThat(json.at("/findings/0/subject").asText()).isEqualTo(Hostile.VALUE);
    assertThat(json.at("/findings/0/file").asText()).isEqualTo(Hostile.FILE);
    assertThat(json.at("/findings/1/waived/reason").asText()).isEqualTo(Hostile.VALUE);
    JsonNode sarif = mapper.readTree(render("sarif"));
    assertThat(sarif.at("/runs/0/results/0/properties/subject").asText()).isEqualTo(Hostile.VALUE);
    assertThat(sarif.at("/runs/0/results/1/suppressions/0/justification").asText()).isEqualTo(Hostile.VALUE);
    // a colon in the first segment would read as a URI scheme: the reference starts with ./
    String uri = sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText();
    assertThat(uri).isEqualTo("./a%0A::error::owned%1B%5D0;pwned%07%E2%80%AE.yaml");
    assertThat(java.net.URI.create(uri).getScheme()).isNull();
    assertThat(java.net.URI.create(uri).getPath()).isEqualTo("./" + Hostile.FILE);
  }
}
