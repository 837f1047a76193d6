package io.quorate.report;

import io.quorate.engine.Finding;
import io.quorate.engine.Outcome;
import io.quorate.engine.Severity;
import io.quorate.model.Waiver;
import io.quorate.text.Printable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test dashboards: one testsuite per file, one testcase per rule and subject that
 * applied (so passing checks are visible too), a {@code failure} for each breach, and warnings,
 * notes and waived findings as {@code system-out}. Written with the JDK's StAX writer, which escapes
 * markup but writes any character it is given; every value goes through {@link Printable} first, so
 * a control character in the input (which XML 1.0 forbids, even escaped) can never make the file
 * malformed. The line breaks in a failure's text are the report's own, between values.
 */
final class JunitRenderer implements Renderer {
  @Override
  public String name() {
    return "junit";
  }

  @Override
  public String description() {
    return "JUnit XML for CI test reports (e.g. GitLab's artifacts:reports:junit)";
  }

  record Key(String file, String rule, String subject) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = file.compareTo(o.file);
      if (c == 0) c = rule.compareTo(o.rule);
      return c != 0 ? c : subject.compareTo(o.subject);
    }
  }

  @Override
  public void render(Results results, PrintWriter out) {
    // file -> testcase -> findings
    Map<String, Map<Key, List<Finding>>> suites = new TreeMap<>();
    for (Outcome.Check c : results.checks()) {
      suites.computeIfAbsent(c.file(), k -> new TreeMap<>()).computeIfAbsent(new Key(c.file(), c.rule(), c.subject()),
          k -> new ArrayList<>());
    }
    for (Finding f : results.findings()) {
      suites.computeIfAbsent(f.loc().file(), k -> new TreeMap<>())
          .computeIfAbsent(new Key(f.loc().file(), f.rule(), f.subject()), k -> new ArrayList<>()).add(f);
    }
    StringWriter buf = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(buf);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "quorate");
      x.writeAttribute("tests", Long.toString(suites.values().stream().mapToLong(Map::size).sum()));
      x.writeAttribute("failures", Long.toString(failures(suites.values().stream().flatMap(m -> m.values().stream()).toList(), results)));
      x.writeAttribute("errors", "0");
      x.writeCharacters("\n");
      for (var suite : suites.entrySet()) {
        List<List<Finding>> cases = List.copyOf(suite.getValue().values());
        x.writeCharacters("  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", Printable.escape(suite.getKey()));
        x.writeAttribute("tests", Integer.toString(cases.size()));
        x.writeAttribute("failures", Long.toString(failures(cases, results)));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", "0");
        x.writeCharacters("\n");
        for (var tc : suite.getValue().entrySet()) testcase(x, tc.getKey(), tc.getValue(), results);
        x.writeCharacters("  ");
        x.writeEndElement();
        x.writeCharacters("\n");
      }
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new java.io.IOException(e));
    }
    out.print(buf);
    out.flush();
  }

  private static long failures(List<List<Finding>> cases, Results results) {
    return cases.stream().filter(fs -> fs.stream().anyMatch(f -> failed(f, results))).count();
  }

  private static boolean failed(Finding f, Results results) {
    return f.severity() == Severity.BREACH && results.waiver(f).isEmpty();
  }

  private static void testcase(XMLStreamWriter x, Key k, List<Finding> findings, Results results) throws XMLStreamException {
    x.writeCharacters("    ");
    boolean empty = findings.isEmpty();
    if (empty) {
      x.writeEmptyElement("testcase");
    } else {
      x.writeStartElement("testcase");
    }
    String file = Printable.escape(k.file());
    x.writeAttribute("classname", file);
    x.writeAttribute("name", Printable.escape(k.rule() + " [" + k.subject() + "]"));
    x.writeAttribute("file", file);
    if (empty) {
      x.writeCharacters("\n");
      return;
    }
    x.writeCharacters("\n");
    StringBuilder sysout = new StringBuilder();
    for (Finding f : findings) {
      String text = Printable.escape(f.loc() + ": " + f.severity().key() + " " + f.rule() + " [" + f.subject() + "]")
          + "\n" + Printable.escape(SarifRenderer.sentence(f.message())) + "\n"
          + Printable.escape(f.source().document() + ", " + f.source().clause() + ": \"" + f.source().quote() + "\"");
      Waiver w = results.waiver(f).orElse(null);
      if (failed(f, results)) {
        x.writeCharacters("      ");
        x.writeStartElement("failure");
        x.writeAttribute("type", Printable.escape(f.rule()));
        x.writeAttribute("message", Printable.escape(f.loc() + ": " + f.message()));
        x.writeCharacters(text);
        x.writeEndElement();
        x.writeCharacters("\n");
      } else {
        if (sysout.length() > 0) sysout.append("\n\n");
        sysout.append(text);
        if (w != null) {
          sysout.append("\n")
              .append(Printable.escape("waived until " + w.expires() + " by " + w.owner() + ": " + w.reason()));
        }
      }
    }
    if (sysout.length() > 0) {
      x.writeCharacters("      ");
      x.writeStartElement("system-out");
      x.writeCharacters(sysout.toString());
      x.writeEndElement();
      x.writeCharacters("\n");
    }
    x.writeCharacters("    ");
    x.writeEndElement();
    x.writeCharacters("\n");
  }
}
