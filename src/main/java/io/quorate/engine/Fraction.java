package io.quorate.engine;

/** A fraction such as "1/3" for quorums and majorities; applied with a ceiling ("a third of 25" is 9). */
public record Fraction(int numerator, int denominator) {
  public static Fraction parse(String s) {
    String[] p = s.trim().split("/");
    if (p.length != 2) throw new IllegalArgumentException("not a fraction like 1/3: " + s);
    int n = Integer.parseInt(p[0].trim());
    int d = Integer.parseInt(p[1].trim());
    if (n <= 0 || d <= 0 || n > d) throw new IllegalArgumentException("not a fraction between 0 and 1: " + s);
    return new Fraction(n, d);
  }

  /** The smallest whole number not less than this fraction of {@code whole}. */
  public int ceilOf(int whole) {
    return (int) (((long) whole * numerator + denominator - 1) / denominator); // in long: no overflow
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }

  /** "a third", "a quarter", "two-thirds" where there is a plain word for it. */
  public String words() {
    return switch (toString()) {
      case "1/2" -> "a half";
      case "1/3" -> "a third";
      case "1/4" -> "a quarter";
      case "2/3" -> "two-thirds";
      default -> toString();
    };
  }
}
