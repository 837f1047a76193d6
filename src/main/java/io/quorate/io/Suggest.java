package io.quorate.io;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" for misspelt keys and references. */
public final class Suggest {
  private Suggest() {}

  /** The closest candidate, or null when nothing is close enough to be a likely typo. */
  public static String nearest(String wrong, Collection<String> candidates) {
    String w = normalise(wrong);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(w, normalise(c));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    if (best == null) return null;
    int allowed = Math.max(2, Math.min(w.length(), best.length()) / 3);
    return bestDistance <= allowed ? best : null;
  }

  /** A sentence fragment to append to a message: {@code "; did you mean `x`?"} or empty. */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    String n = nearest(wrong, candidates);
    return n == null ? "" : "; did you mean `" + n + "`?";
  }

  /** camelCase and snake_case spellings of a kebab-case key count as the same key. */
  static String normalise(String s) {
    return s.replaceAll("([a-z])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
