package io.quorate.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * Hostile text for the tests of every output, and the checks every output must pass whatever the
 * input: no line a CI runner would take for a workflow command, and no character that could act on
 * a terminal or disguise text. The list of characters here is written out independently of
 * {@link Printable}, so that a character dropped from it fails these tests.
 */
public final class Hostile {
  private Hostile() {}

  /**
   * A value with GitHub workflow commands on lines of their own (after LF, after CR LF, after a bare
   * CR), terminal escapes (set the title, clear the screen), DEL, C0 and C1 controls, bidirectional
   * overrides and isolates, a line separator, a lone surrogate and a noncharacter. No HTML, XML or
   * ICS markup in it, so each format's own escaping leaves what {@link #SHOWN} shows as it is.
   */
  public static final String VALUE = "x\n::error::owned\r\n::add-mask::secret\r::stop-commands::tok"
      + "\u001b]0;pwned\u0007\u001b[2J\u007f\u0001\u0085\u009b\u202e\u2066\u200f\u2028\ud800\ufffe\tend";

  /** How the human-readable outputs show {@link #VALUE}: every unsafe character as a visible escape. */
  public static final String SHOWN = "x\\n::error::owned\\r\\n::add-mask::secret\\r::stop-commands::tok"
      + "\\u001b]0;pwned\\u0007\\u001b[2J\\u007f\\u0001\\u0085\\u009b\\u202e\\u2066\\u200f\\u2028\\ud800\\ufffe\\tend";

  /** A file name as hostile as a file system allows (no slash, no NUL, no lone surrogate). */
  public static final String FILE = "a\n::error::owned\u001b]0;pwned\u0007\u202e.yaml";

  /** How the human-readable outputs show {@link #FILE}. */
  public static final String FILE_SHOWN = "a\\n::error::owned\\u001b]0;pwned\\u0007\\u202e.yaml";

  /** A genuine annotation of {@code --format github}. */
  public static final Pattern GITHUB_ANNOTATION =
      Pattern.compile("::(error|warning|notice) file=[^,:]*(,line=\\d+,col=\\d+)?,title=[^,:]*::.*");

  /** Asserts {@link #assertSafe(String, boolean, Predicate)} with LF line ends and no workflow command. */
  public static void assertSafe(String output) {
    assertSafe(output, false, line -> false);
  }

  /**
   * Asserts that {@code output} has no unsafe character raw: no C0 control but LF (and CR before LF
   * when {@code crlf}), no DEL or C1 control, no bidirectional control, no line or paragraph
   * separator, no noncharacter U+FFFE or U+FFFF and no lone surrogate; and that no line starts with
   * {@code ::} unless {@code genuine} accepts it.
   */
  public static void assertSafe(String output, boolean crlf, Predicate<String> genuine) {
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      boolean ok;
      if (c == '\n') {
        ok = true;
      } else if (c == '\r') {
        ok = crlf && i + 1 < output.length() && output.charAt(i + 1) == '\n';
      } else if (Character.isHighSurrogate(c)) {
        ok = i + 1 < output.length() && Character.isLowSurrogate(output.charAt(i + 1));
        if (ok) i++;
      } else {
        ok = !(c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isLowSurrogate(c)
            || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
            || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 || c == 0x2029 || c == 0xFFFE || c == 0xFFFF);
      }
      if (!ok) {
        fail("raw U+%04X at %d in:%n%s", (int) c, i, output.substring(Math.max(0, i - 80), Math.min(output.length(), i + 40)));
      }
    }
    for (String line : output.split("\n", -1)) {
      if (line.startsWith("::")) {
        assertThat(genuine.test(line)).as("a line that a CI runner would run as a workflow command:%n%s", line).isTrue();
      }
    }
  }

  /** The document, parsed by the JDK's XML parser (which refuses what XML 1.0 forbids). */
  public static Document parseXml(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
