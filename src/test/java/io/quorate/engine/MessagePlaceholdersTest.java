package io.quorate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {placeholder} of a DRL rule's @message is given a value by its consequence, and every value
 * the consequence gives is used by the message: read from the DRL text, so that a rule nobody's case
 * has made fire cannot hide a missing value ("null abstaining") or a computed one thrown away.
 */
class MessagePlaceholdersTest {
  static final Pattern RULE = Pattern.compile("(?s)\\nrule\\s+\"([^\"]+)\"(.*?)\\nend\\b");
  static final Pattern MESSAGE = Pattern.compile("@message\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

  /** The arguments of the call starting at {@code open} (the index of its '('), split at top-level commas. */
  static List<String> arguments(String text, int open) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    StringBuilder cur = new StringBuilder();
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        cur.append(c);
        if (c == '\\') cur.append(text.charAt(++i));
        else if (c == '"') quoted = false;
        continue;
      }
      if (c == '"') quoted = true;
      if (c == '(' || c == '[' || c == '{') depth++;
      if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          out.add(cur.toString().trim());
          return out;
        }
        depth--;
      }
      if (c == ',' && depth == 0) {
        out.add(cur.toString().trim());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    throw new IllegalStateException("unclosed call");
  }

  @Test
  void everyPlaceholderIsGivenAndEveryValueGivenIsUsed() throws IOException {
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        Matcher r = RULE.matcher(Files.readString(f));
        while (r.find()) {
          String body = r.group(2);
          Matcher msg = MESSAGE.matcher(body);
          int call = body.indexOf("Finding.of(");
          if (call < 0) continue; // a rule that inserts no finding (an Unjudged fact)
          calls++;
          assertThat(msg.find()).as(f + " \"" + r.group(1) + "\" has no @message").isTrue();
          Set<String> wanted = new TreeSet<>();
          Matcher p = PLACEHOLDER.matcher(msg.group(1));
          while (p.find()) wanted.add(p.group(1));
          List<String> args = arguments(body, call + "Finding.of".length());
          Set<String> given = new TreeSet<>();
          for (int i = 4; i < args.size(); i += 2) {
            String key = args.get(i);
            if (!key.matches("\"[A-Za-z]+\"")) {
              wrong.add(f.getFileName() + " \"" + r.group(1) + "\": argument " + (i + 1) + " is not a placeholder's name: " + key);
            }
            given.add(key.replace("\"", ""));
          }
          if ((args.size() - 4) % 2 != 0) wrong.add(f.getFileName() + " \"" + r.group(1) + "\": a name without a value");
          if (!wanted.equals(given)) {
            Set<String> missing = new TreeSet<>(wanted);
            missing.removeAll(given);
            Set<String> unused = new TreeSet<>(given);
            unused.removeAll(wanted);
            wrong.add(f.getFileName() + " \"" + r.group(1) + "\": not given " + missing + ", not used " + unused);
          }
        }
      }
    }
    assertThat(calls).isGreaterThan(80);
    assertThat(wrong).isEmpty();
  }
}
