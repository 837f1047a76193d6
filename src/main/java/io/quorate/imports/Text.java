package io.quorate.imports;

import java.text.Normalizer;
import java.util.Locale;
import org.jsoup.parser.Parser;

/** Text from a council's records made safe and plain: one line, no control characters, entities decoded. */
final class Text {
  private Text() {}

  /**
   * The text on one line: every control, format (bidirectional overrides among them), line- and
   * paragraph-separator character becomes a space, runs of spaces become one, and the ends are
   * trimmed. Nothing a council's record holds can then break a YAML comment or reach a terminal as
   * a command.
   */
  static String plain(String s) {
    if (s == null) return null;
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      boolean blank = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL
          || type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
          || type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
      if (blank) {
        space = b.length() > 0;
      } else {
        if (space) b.append(' ');
        space = false;
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }

  /**
   * Text as a person reads it: HTML entities that survive the XML parser (Modern.gov escapes some
   * text twice, so {@code &amp;#39;} reaches here as {@code &#39;}) are decoded once, then the text
   * is made {@link #plain}. Decoding once only: an entity escaped three times stays visible rather
   * than being guessed at.
   */
  static String readable(String s) {
    if (s == null) return null;
    String decoded = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    String p = plain(decoded);
    return p.isEmpty() ? null : p;
  }

  /**
   * A kebab-case id: accents dropped, letters and digits kept in lower case, everything else one
   * hyphen; empty when nothing is left.
   */
  static String kebab(String s) {
    if (s == null) return "";
    String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String k = ascii.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "")
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return k.length() > 60 ? k.substring(0, 60).replaceAll("-+$", "") : k;
  }
}
