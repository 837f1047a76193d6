package io.quorate.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** The fast resolver answers exactly as SnakeYAML's own, on awkward values and on every example. */
class FastResolverTest {
  private final Resolver slow = new Resolver();
  private final FastResolver fast = new FastResolver();

  private void same(String v) {
    for (boolean implicit : new boolean[] {true, false}) {
      assertThat(fast.resolve(NodeId.scalar, v, implicit)).as("`%s` implicit=%s", v, implicit)
          .isEqualTo(slow.resolve(NodeId.scalar, v, implicit));
    }
  }

  @Test
  void plainWordsSkipTheRegularExpressions() {
    // SnakeYAML's only resolver for any first character matches just the empty string
    assertThat(fast.anyResolverForEveryFirstChar).isFalse();
  }

  @Test
  void awkwardValuesResolveAsSnakeYamlResolvesThem() {
    List<String> values = new ArrayList<>(List.of("2013-05-29", "2013-5-29", "2013-02-30", "20130529", "2013-05-29x",
        "12013-05-29", "2013-05-29 10:00", "1", "0", "07", "012", "123456789", "1234567890", "12345678901", "1_000",
        "-1", "+1", "1.5", "1e3", "0x1F", "1:30", "true", "True", "TRUE", "false", "yes", "no", "on", "off", "y", "n",
        "~", "null", "Null", "", " ", "gough", "kent-hwb", "Gough", "<<", "=", "!x", "&a", "*a", "%", "@", "`", "é", "\u0000", "carried", "2013-05-29T10:00:00Z", "１２", "٣", ".5", ".inf"));
    for (int i = 0; i < 2000; i++) values.add(Integer.toString(i));
    for (char c = 0; c < 256; c++) {
      values.add(String.valueOf(c));
      values.add(c + "word");
      values.add(c + " ");
    }
    values.forEach(this::same);
  }

  @Test
  void everyPlainScalarOfTheExamplesResolvesAsSnakeYamlResolvesIt() throws Exception {
    Pattern scalar = Pattern.compile("(?m)(?::\\s+|-\\s+|\\[|,\\s*)([^\\s\\[\\]{},#'\"][^\\n\\[\\]{},#]*?)\\s*(?=$|,|\\]|\\}|#)");
    int n = 0;
    try (Stream<Path> files = Files.walk(Path.of("examples"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Matcher m = scalar.matcher(Files.readString(f));
        while (m.find()) {
          same(m.group(1));
          n++;
        }
      }
    }
    assertThat(n).as("scalars tried from examples/").isGreaterThan(1000);
  }
}
