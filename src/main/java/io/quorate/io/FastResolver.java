package io.quorate.io;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's resolver, deciding the commonest plain scalars of meeting files (dates, small whole
 * numbers, true and false) without running its regular expressions; everything else goes to the
 * default resolver. Its answer is always the default one (FastResolverTest compares them): it only
 * saves the regex matching, the largest single source of allocation when reading 10,000 files.
 */
final class FastResolver extends Resolver {
  /**
   * Whether some resolver applies whatever the first character and can match a non-empty value.
   * SnakeYAML's only such resolver matches just the empty string, so a non-empty plain scalar whose
   * first character starts no resolver ("gough", "kent-hwb", most keys) is plain text and needs no
   * regular expression. Set while Resolver's constructor registers the resolvers, before this
   * class's fields are initialised: hence no initialiser.
   */
  boolean anyResolverForEveryFirstChar;

  @Override
  public void addImplicitResolver(Tag tag, Pattern regexp, String first) {
    note(regexp, first);
    super.addImplicitResolver(tag, regexp, first);
  }

  @Override
  public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
    note(regexp, first);
    super.addImplicitResolver(tag, regexp, first, limit);
  }

  private void note(Pattern regexp, String first) {
    if (first == null && !regexp.pattern().equals("^$")) anyResolverForEveryFirstChar = true;
  }

  @Override
  public Tag resolve(NodeId kind, String value, boolean implicit) {
    if (kind == NodeId.scalar && implicit) {
      Tag quick = quick(value);
      if (quick != null) return quick;
      if (!anyResolverForEveryFirstChar && !value.isEmpty() && isAsciiLetter(value.charAt(0))
          && !yamlImplicitResolvers.containsKey(value.charAt(0))) {
        return Tag.STR;
      }
    }
    return super.resolve(kind, value, implicit);
  }

  /** The tag of a plain scalar shaped like 2013-05-29, 1 to 9 digits not starting 0, true or false; else null. */
  static Tag quick(String v) {
    int n = v.length();
    if (n == 10 && v.charAt(4) == '-' && v.charAt(7) == '-' && digits(v, 0, 4) && digits(v, 5, 7) && digits(v, 8, 10)) {
      return Tag.TIMESTAMP;
    }
    if (n >= 1 && n <= 9 && v.charAt(0) >= '1' && v.charAt(0) <= '9' && digits(v, 1, n)) return Tag.INT;
    if (v.equals("true") || v.equals("false")) return Tag.BOOL;
    return null;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }
}
