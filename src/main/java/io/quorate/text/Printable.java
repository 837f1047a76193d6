package io.quorate.text;

import java.io.PrintWriter;

/**
 * The one way text from outside the program (ids, names, reasons, file names, holiday titles,
 * command-line arguments) is made safe to print. Every character that could act on a terminal or a
 * CI log, or disguise the text around it, is written as a visible escape instead: a line break as
 * {@code \n} (so no value can start a line of its own, such as a GitHub {@code ::error} workflow
 * command), {@code \r} and {@code \t} likewise, and the rest as {@code \}{@code uXXXX} in lower-case
 * hex:
 *
 * <ul>
 *   <li>the C0 controls U+0000-U+001F (ESC starts the sequences that retitle or clear a terminal), DEL
 *       U+007F and the C1 controls U+0080-U+009F;
 *   <li>the Unicode bidirectional controls (the embeddings and overrides U+202A-U+202E, the isolates
 *       U+2066-U+2069, and the marks U+200E, U+200F and U+061C), which can make text read other
 *       than it is;
 *   <li>the line and paragraph separators U+2028 and U+2029;
 *   <li>what XML 1.0 forbids besides: the noncharacters U+FFFE and U+FFFF, and a surrogate not in a
 *       pair.
 * </ul>
 *
 * A backslash itself is left as it is, so Windows paths read as they are. Renderers escape each
 * line they write (or each value, where the format itself puts line breaks between values); JSON
 * keeps the values exact and escapes the same characters as JSON escapes ({@link JsonEscapes}).
 */
public final class Printable {
  private Printable() {}

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** {@code s} with every unsafe character escaped; {@code s} itself when it has none; null for null. */
  public static String escape(String s) {
    if (s == null) return null;
    int i = 0;
    int n = s.length();
    while (i < n && !unsafe(s, i)) i++;
    if (i == n) return s;
    StringBuilder out = new StringBuilder(n + 16).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!unsafe(s, i)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(unicodeEscape(c));
      }
    }
    return out.toString();
  }

  /** Writes {@code line} escaped and then a line break: one line on the page, whatever it holds. */
  public static void println(PrintWriter out, String line) {
    out.println(escape(line));
  }

  /** {@code \}{@code uXXXX}, lower-case hex. */
  private static String unicodeEscape(char c) {
    return new String(new char[] {'\\', 'u', HEX[c >> 12], HEX[(c >> 8) & 0xF], HEX[(c >> 4) & 0xF], HEX[c & 0xF]});
  }

  /** Whether the character at {@code i} is escaped: see the class comment. */
  private static boolean unsafe(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) return i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    return unsafe(c);
  }

  /**
   * Whether {@code c} is escaped wherever it stands (every character of the class comment but a
   * surrogate, which is escaped only when not in a pair).
   */
  public static boolean unsafe(char c) {
    if (c < 0x20) return true;
    if (c < 0x7F) return false;
    if (c <= 0x9F) return true; // DEL and the C1 controls
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0xFFFE || c == 0xFFFF;
  }
}
