package io.quorate.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.HexFormat;

/**
 * JSON output that keeps every value exact and is still safe to print: RFC 8259 requires only
 * U+0000-U+001F to be escaped, which Jackson does; this escapes every other character
 * {@link Printable} escapes too (DEL, the C1 controls, the bidirectional controls, U+2028 and
 * U+2029, U+FFFE and U+FFFF), as {@code \}{@code uXXXX}, so that a report shown with {@code cat}
 * cannot act on the terminal, and a lone surrogate cannot make the report fail to encode. JSON
 * escapes one UTF-16 unit at a time, so every surrogate is escaped (a pair as two escapes, which
 * JSON reads back as the one character).
 */
public final class JsonEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  private static final int[] ASCII = standardAsciiEscapesForJSON();

  static {
    ASCII[0x7F] = ESCAPE_STANDARD;
  }

  private JsonEscapes() {}

  /** A JSON factory that escapes so: give it to an {@code ObjectMapper}. */
  public static JsonFactory factory() {
    return new JsonFactoryBuilder().characterEscapes(new JsonEscapes()).build();
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ASCII.clone();
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    char c = (char) ch;
    // upper-case hex, as Jackson writes the escapes RFC 8259 requires
    return Printable.unsafe(c) || Character.isSurrogate(c)
        ? new SerializedString("\\u" + HexFormat.of().withUpperCase().toHexDigits(c)) : null;
  }
}
