package io.quorate.io;

import io.quorate.model.Loc;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML file into SnakeYAML node trees (never into objects), safely and with limits:
 *
 * <ul>
 *   <li>{@value #MAX_BYTES} bytes per file at most (a board's year of meetings is a few KiB);
 *   <li>{@value #MAX_ALIASES} aliases per file (stops "billion laughs" alias bombs);
 *   <li>{@value #MAX_DEPTH} levels of nesting;
 *   <li>UTF-8 only, no NUL bytes;
 *   <li>no recursive structures: an anchor whose value contains an alias to itself ({@code &a [*a]})
 *       is refused here, so that nothing downstream ever walks a cycle.
 * </ul>
 */
public final class YamlSource {
  public static final int MAX_BYTES = InputFiles.MAX_BYTES;
  public static final int MAX_ALIASES = 50;
  public static final int MAX_DEPTH = 40;
  /**
   * The longest line read. SnakeYAML's time grows much faster than the length of a line (an 8 MiB
   * one-line file took minutes), and no board or meeting needs a line anywhere near this long.
   */
  public static final int MAX_LINE = 64 * 1024;

  private YamlSource() {}

  /** The limits above, as SnakeYAML takes them; never changed after this. */
  private static final LoaderOptions OPTIONS = options();

  /**
   * SnakeYAML's resolver, made once and shared: it only reads its tables once made. Files are
   * composed with SnakeYAML's own parser and composer directly, as {@code Yaml.composeAll} does,
   * without making a {@code Yaml}: that would build a constructor's and a representer's tables
   * (which for a 400-byte meeting file cost more than reading it) and start java.util.logging,
   * which SnakeYAML's type descriptions use.
   */
  private static final Resolver RESOLVER = new FastResolver();

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit(MAX_BYTES);
    return options;
  }

  /** The documents of one file, or an empty list with problems recorded. */
  public static List<Node> read(Path path, String name, Problems problems) {
    byte[] bytes;
    try {
      bytes = InputFiles.read(path);
    } catch (InputFiles.Unreadable e) {
      problems.add(Loc.of(name), switch (e.kind()) {
        case TOO_LARGE -> e.getMessage() + ": split it into one file per board or per year";
        case NOT_REGULAR -> "this is " + e.getMessage() + "; quorate reads only regular files";
        default -> "cannot read the file (" + e.getMessage() + "); check that it exists and is readable";
      });
      return List.of();
    }
    return parse(bytes, name, problems);
  }

  public static List<Node> parse(byte[] bytes, String name, Problems problems) {
    String text;
    try {
      CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      text = dec.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstBadUtf8(bytes);
      problems.add(at(name, bytes, bad), "the file is not UTF-8 text (byte 0x"
          + String.format("%02X", bytes[bad] & 0xff) + "); save it as UTF-8");
      return List.of();
    }
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      problems.add(at(name, text, nul), "the file contains a NUL byte; it is probably not a text file");
      return List.of();
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!StreamReader.isPrintable(cp)) {
        problems.add(at(name, text, i), String.format("the file contains the control character U+%04X, which YAML does"
            + " not allow; remove it (it may be a stray escape sequence or binary data)", cp));
        return List.of();
      }
      i += Character.charCount(cp);
    }
    if (text.isBlank()) {
      problems.add(Loc.of(name), "the file is empty: nothing to check; add a document starting with `kind:`");
      return List.of();
    }
    for (int start = 0, line = 1; start < text.length(); line++) {
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      if (end - start > MAX_LINE) {
        problems.add(new Loc(name, line, MAX_LINE + 1), "line " + line + " is " + (end - start)
            + " characters long; quorate reads lines of at most " + MAX_LINE + " characters: break it up"
            + " (a list can be written one entry a line)");
        return List.of();
      }
      start = end + 1;
    }
    List<Node> docs = new ArrayList<>();
    boolean composed = false;
    // a cycle needs an alias, and an alias needs a `*`: most files have none, and skip the walk
    boolean mayHaveAliases = text.indexOf('*') >= 0;
    try {
      Composer composer = new Composer(parser(text), RESOLVER, OPTIONS);
      while (composer.checkNode()) {
        Node n = composer.getNode();
        if (n == null) continue;
        composed = true;
        Node loop = mayHaveAliases ? firstCycle(n) : null;
        if (loop != null) {
          Mark m = loop.getStartMark();
          String anchor = loop.getAnchor() == null ? "" : " `&" + loop.getAnchor() + "`";
          problems.add(m == null ? Loc.of(name) : new Loc(name, m.getLine() + 1, m.getColumn() + 1),
              "the value anchored here" + anchor + " contains an alias to itself"
                  + (loop.getAnchor() == null ? "" : " (`*" + loop.getAnchor() + "`)")
                  + ", so it never ends; write the value out instead of referring to it from inside itself");
          continue;
        }
        docs.add(n);
      }
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Loc loc = m == null ? Loc.of(name) : new Loc(name, m.getLine() + 1, m.getColumn() + 1);
      problems.add(loc, syntaxMessage(e));
      return List.of();
    } catch (YAMLException e) {
      String m = e.getMessage() == null ? "" : e.getMessage();
      Loc loc = m.contains("Nesting Depth") ? tooDeep(name, text)
          : m.contains("Number of aliases") ? tooManyAliases(name, text) : Loc.of(name);
      problems.add(loc, m.contains("Number of aliases") || m.contains("Nesting Depth")
          ? limitMessage(m) : "the YAML cannot be read: " + plain(m));
      return List.of();
    }
    if (!composed) {
      // only comments (or only `---`): as empty as a blank file, and as surely a mistake
      problems.add(Loc.of(name), "the file holds only comments, no document: nothing to check; add a document"
          + " starting with `kind:`");
    }
    return docs;
  }

  /**
   * The first node found that contains itself (through aliases), or null. An iterative depth-first
   * search over distinct nodes (by identity), so it costs one visit per node however many aliases
   * share a subtree, and it cannot overflow the stack.
   */
  static Node firstCycle(Node root) {
    Map<Node, Boolean> done = new IdentityHashMap<>(); // false: on the current path; true: finished
    Deque<Object[]> stack = new ArrayDeque<>();
    done.put(root, false);
    stack.push(new Object[] {root, children(root).iterator()});
    while (!stack.isEmpty()) {
      @SuppressWarnings("unchecked")
      Iterator<Node> it = (Iterator<Node>) stack.peek()[1];
      if (!it.hasNext()) {
        done.put((Node) stack.pop()[0], true);
        continue;
      }
      Node child = it.next();
      Boolean state = done.get(child);
      if (state == null) {
        done.put(child, false);
        stack.push(new Object[] {child, children(child).iterator()});
      } else if (!state) {
        return child;
      }
    }
    return null;
  }

  private static List<Node> children(Node n) {
    if (n instanceof SequenceNode s) return s.getValue();
    if (n instanceof MappingNode m) {
      List<Node> out = new ArrayList<>(m.getValue().size() * 2);
      for (NodeTuple t : m.getValue()) {
        out.add(t.getKeyNode());
        out.add(t.getValueNode());
      }
      return out;
    }
    return List.of();
  }

  /**
   * Where the nesting first goes deeper than {@link #MAX_DEPTH}: SnakeYAML's composer reports the
   * limit without a position, so walk the parser's events (iterative, no recursion) to find it.
   */
  private static Loc tooDeep(String name, String text) {
    int depth = 0;
    try {
      Parser parser = parser(text);
      while (parser.peekEvent() != null) {
        Event ev = parser.getEvent();
        if (ev instanceof CollectionStartEvent) {
          if (++depth > MAX_DEPTH) {
            Mark m = ev.getStartMark();
            return m == null ? Loc.of(name) : new Loc(name, m.getLine() + 1, m.getColumn() + 1);
          }
        } else if (ev instanceof CollectionEndEvent) {
          depth--;
        }
      }
    } catch (YAMLException e) {
      // the position is a courtesy: the limit is reported either way
    }
    return Loc.of(name);
  }

  /** Where the alias over {@link #MAX_ALIASES} is (SnakeYAML counts aliases to lists and mappings). */
  private static Loc tooManyAliases(String name, String text) {
    Map<String, Boolean> collection = new java.util.HashMap<>();
    int count = 0;
    try {
      Parser parser = parser(text);
      while (parser.peekEvent() != null) {
        Event ev = parser.getEvent();
        if (ev instanceof NodeEvent ne && ne.getAnchor() != null) {
          if (ev instanceof AliasEvent) {
            if (Boolean.TRUE.equals(collection.get(ne.getAnchor())) && ++count > MAX_ALIASES) {
              Mark m = ev.getStartMark();
              return m == null ? Loc.of(name) : new Loc(name, m.getLine() + 1, m.getColumn() + 1);
            }
          } else {
            collection.put(ne.getAnchor(), ev instanceof CollectionStartEvent);
          }
        }
      }
    } catch (YAMLException e) {
      // the position is a courtesy: the limit is reported either way
    }
    return Loc.of(name);
  }

  /** SnakeYAML's parser over the text, with quorate's limits (as {@code Yaml.parse} makes it). */
  private static Parser parser(String text) {
    return new ParserImpl(new StreamReader(new StringReader(text)), OPTIONS);
  }

  private static String syntaxMessage(MarkedYAMLException e) {
    String p = e.getProblem() == null ? "" : e.getProblem();
    if (p.contains("TAB") || p.contains("\\t")) {
      return "YAML syntax error: a tab character; indent with spaces, never tabs";
    }
    if (p.contains("Number of aliases") || p.contains("Nesting Depth")) return limitMessage(p);
    Mark cm = e.getContextMark();
    Mark pm = e.getProblemMark();
    String started = cm != null && pm != null && cm.getLine() != pm.getLine()
        ? " (started at line " + (cm.getLine() + 1) + ", column " + (cm.getColumn() + 1) + ")" : "";
    String ctx = e.getContext() == null ? "" : e.getContext() + started + ": ";
    return "YAML syntax error: " + plain(ctx + p) + "; check the indentation and quoting on this line";
  }

  private static String limitMessage(String p) {
    if (p.contains("Number of aliases")) {
      return "the file uses more than " + MAX_ALIASES + " aliases (`*name`); quorate refuses it as a possible"
          + " alias bomb: write the lists out, or split the file";
    }
    return "the YAML is nested more than " + MAX_DEPTH + " levels deep; quorate's documents need far fewer:"
        + " check the indentation";
  }

  private static String plain(String s) {
    if (s == null) return "unknown error";
    return s.replaceAll("\\s+", " ").trim();
  }

  private static int firstBadUtf8(byte[] bytes) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int lo = 0;
    int hi = bytes.length;
    // the longest decodable prefix ends just before the first bad byte (binary search on prefixes
    // would split multi-byte characters, so scan by decoding growing prefixes of valid sequences)
    for (int i = 0; i < bytes.length; ) {
      int b = bytes[i] & 0xff;
      int len = b < 0x80 ? 1 : b >= 0xF0 && b < 0xF8 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : -1;
      if (len < 0 || i + len > hi) return i;
      try {
        dec.reset();
        dec.decode(ByteBuffer.wrap(bytes, i, len));
      } catch (CharacterCodingException e) {
        return i;
      }
      i += len;
    }
    return lo;
  }

  private static Loc at(String name, byte[] bytes, int offset) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        col = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        col++;
      }
    }
    return new Loc(name, line, col);
  }

  private static Loc at(String name, String text, int offset) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new Loc(name, line, col);
  }
}
