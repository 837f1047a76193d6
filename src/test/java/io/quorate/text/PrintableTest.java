package io.quorate.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one escaping of outside text: what is escaped, how it shows, and what is left alone. */
class PrintableTest {
  @Test
  void everyUnsafeCharacterShowsAsAVisibleEscape() {
    assertThat(Printable.escape(Hostile.VALUE)).isEqualTo(Hostile.SHOWN);
    assertThat(Printable.escape(Hostile.FILE)).isEqualTo(Hostile.FILE_SHOWN);
    Hostile.assertSafe(Printable.escape(Hostile.VALUE));
  }

  @Test
  void eachKindOfCharacter() {
    assertThat(Printable.escape("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
    assertThat(Printable.escape("\u0000\u001f\u007f\u0080\u009f")).isEqualTo("\\u0000\\u001f\\u007f\\u0080\\u009f");
    assertThat(Printable.escape("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"))
        .isEqualTo("\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c");
    assertThat(Printable.escape("\u2028\u2029\ufffe\uffff")).isEqualTo("\\u2028\\u2029\\ufffe\\uffff");
    // a surrogate is escaped only when not in a pair
    assertThat(Printable.escape("\ud800 \udc00 \ud83d\ude00 \ude00\ud83d")).isEqualTo("\\ud800 \\udc00 \ud83d\ude00 \\ude00\\ud83d");
  }

  @Test
  void printableTextIsLeftAsItIs() {
    String s = "Kent Health & Wellbeing Board: café, naïve, £5, — «ok» \\\\server\\share C:\\Users 😀 עברית";
    assertThat(Printable.escape(s)).isSameAs(s);
    assertThat(Printable.escape("")).isEmpty();
    assertThat(Printable.escape(null)).isNull();
  }

  @Test
  void jsonKeepsTheExactValueAndEscapesEveryUnsafeCharacter() throws Exception {
    ObjectMapper mapper = new ObjectMapper(JsonEscapes.factory());
    String json = mapper.writeValueAsString(Map.of("v", Hostile.VALUE + " café 😀"));
    Hostile.assertSafe(json);
    assertThat(json).contains("\\u007F", "\\u0085", "\\u202E", "\\u2028", "\\uD800", "\\uFFFE", "café");
    assertThat(new ObjectMapper().readTree(json).get("v").asText()).isEqualTo(Hostile.VALUE + " café 😀");
  }
}
