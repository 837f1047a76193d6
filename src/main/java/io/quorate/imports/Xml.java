package io.quorate.imports;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a web-service response into a small tree of elements, each with its line and column, using
 * the JDK's own StAX parser with DTDs and external entities switched off. A response that carries a
 * document type declaration at all is refused: Modern.gov never sends one, and a DTD is how entity
 * expansion and external-entity (XXE) attacks are carried.
 */
final class Xml {
  private Xml() {}

  /** One element: its local name, attributes, its own text (trimmed), children, and where it starts. */
  record Node(String name, Map<String, String> attributes, String text, List<Node> children, int line, int column) {
    Optional<Node> child(String childName) {
      for (Node c : children) if (c.name.equalsIgnoreCase(childName)) return Optional.of(c);
      return Optional.empty();
    }

    List<Node> all(String childName) {
      List<Node> out = new ArrayList<>();
      for (Node c : children) if (c.name.equalsIgnoreCase(childName)) out.add(c);
      return out;
    }

    /** The trimmed text of the named child, or null when there is no such child or it is empty. */
    String text(String childName) {
      return child(childName).map(Node::text).filter(t -> !t.isEmpty()).orElse(null);
    }

    String attribute(String attributeName) {
      for (var e : attributes.entrySet()) if (e.getKey().equalsIgnoreCase(attributeName)) return e.getValue();
      return null;
    }
  }

  private static final XMLInputFactory FACTORY = factory();

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's parser, whatever else is on the class path
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /**
   * Parses the text of a response.
   *
   * @param name how messages name the response (a file's path, or an address)
   * @throws ImportException naming line and column when the text is not well-formed XML or carries a DTD
   */
  static Node parse(String text, String name) throws ImportException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(new StringReader(body));
      Deque<Node> open = new ArrayDeque<>();
      Deque<StringBuilder> texts = new ArrayDeque<>();
      Node root = null;
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD -> throw new ImportException(name + ":" + where(body, body.indexOf("<!DOCTYPE"))
              + ": the response carries a document type declaration (<!DOCTYPE>),"
              + " which Modern.gov never sends; refused, as DTDs carry entity attacks. Save the response again"
              + " from the council's site");
          case XMLStreamConstants.START_ELEMENT -> {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 0; i < r.getAttributeCount(); i++) attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
            Node n = new Node(r.getLocalName(), attrs, "", new ArrayList<>(), r.getLocation().getLineNumber(),
                r.getLocation().getColumnNumber());
            open.push(n);
            texts.push(new StringBuilder());
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (!texts.isEmpty()) texts.peek().append(r.getText());
          }
          case XMLStreamConstants.END_ELEMENT -> {
            Node n = open.pop();
            Node done = new Node(n.name(), Map.copyOf(n.attributes()), texts.pop().toString().strip(),
                List.copyOf(n.children()), n.line(), n.column());
            if (open.isEmpty()) {
              root = done;
            } else {
              open.peek().children().add(done);
            }
          }
          default -> { } // comments, processing instructions, the XML declaration
        }
      }
      if (root == null) throw new ImportException(name + ": empty response: no XML element in it");
      return root;
    } catch (XMLStreamException e) {
      var loc = e.getLocation();
      String where = loc == null ? name : name + ":" + loc.getLineNumber() + ":" + loc.getColumnNumber();
      throw new ImportException(where + ": not well-formed XML (" + reason(e) + "); a Modern.gov response is"
          + " XML: save it again from the council's site, or check that the file is the response itself");
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a reader over a string releases nothing
        }
      }
    }
  }

  /** Line and column (from 1) of a place in the text. */
  private static String where(String text, int index) {
    int line = 1;
    int start = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        start = i + 1;
      }
    }
    return line + ":" + (index - start + 1);
  }

  /** The parser's own words, without its "ParseError at [row,col]:" prefix and with no line breaks. */
  private static String reason(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int i = m.indexOf("Message:");
    if (i >= 0) m = m.substring(i + "Message:".length());
    return Text.plain(m);
  }
}
