package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorate.engine.RuleCases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * A bounded fuzz test of the loader and the whole {@code check} command. Each try takes a realistic
 * set of input files (an example folder, or a rule case's files and inline input), mutates one of
 * them at the byte, line and token level (delete, duplicate, swap lines, re-indent, tabs, random
 * keys, random and impossible dates, YAML syntax, bad bytes, truncation) and runs {@code check} on
 * it in-process. Only the contract is asserted: exit 0, 1 or 2; on exit 2 every line is a
 * {@code file[:line:col]: error:} message; no exception escapes (no stack trace, no "internal
 * error"); and no run takes more than {@link #HANG_GUARD_MS} (a hang guard, not a benchmark).
 *
 * <p>The number of tries and the seed are fixed, so CI runs the same inputs every time; the count
 * of executions and the time taken are printed and written to target/fuzz-report.txt.
 */
class CheckFuzzTest {
  static final int TRIES = 1000;
  static final long HANG_GUARD_MS = 5_000;

  static final List<Map<String, String>> SEEDS = seeds();
  static final List<String> KEYS = List.of("kind", "id", "board", "date", "notice-sent", "members", "present",
      "attendance", "votes", "for", "against", "abstain", "item", "agenda", "chair", "profile", "seats",
      "procedure", "quorum", "audit", "from", "to", "apologies", "substitutes", "presiding", "casting",
      "result", "minutes", "steps", "meetings", "voting-group", "notice-days", "x-unknown", "Kind", "date ");
  static final List<String> VALUES = List.of("2013-02-30", "2013-13-01", "2103-05-29", "1969-12-31", "0000-00-00",
      "9999-99-99", "2013-05-29", "2020-02-29", "2021-02-29", "[]", "{}", "~", "null", "-1", "99999999999",
      "true", "no", "&a [*a]", "*nope", "!!binary aGVsbG8=", "!!python/object:os.system", "\"unclosed", "'x'",
      "[a, [b, [c]]]", "|\n  text", ">-", "? complex", "0x1F", "1e9", ".inf", "all", "gough", "kent-hwb",
      "\u00e9\u00e8", "\ud83d\ude00", "- item", ": :", "%YAML 1.1", "---", "...");

  static final AtomicInteger RUNS = new AtomicInteger();
  static final AtomicLong TOTAL_NANOS = new AtomicLong();
  static final AtomicLong MAX_NANOS = new AtomicLong();
  static final Map<Integer, Integer> EXITS = new TreeMap<>();

  /** One mutation: an operation and three numbers it uses as positions, sizes and choices. */
  record Mutation(int op, int a, int b, int c) {
    static final int OPS = 16;
  }

  @Property(tries = TRIES, seed = "8081958001")
  void checkNeverCrashesOrHangsOnMutatedInput(
      @ForAll @IntRange(min = 0, max = 10_000) int seed,
      @ForAll @IntRange(min = 0, max = 10_000) int target,
      @ForAll @Size(min = 1, max = 6) List<@From("mutation") Mutation> mutations) throws IOException {
    Map<String, String> files = new LinkedHashMap<>(SEEDS.get(seed % SEEDS.size()));
    List<String> names = new ArrayList<>(files.keySet());
    String name = names.get(target % names.size());
    byte[] bytes = files.get(name).getBytes(StandardCharsets.UTF_8);
    for (Mutation m : mutations) bytes = apply(m, bytes);

    Path dir = Files.createTempDirectory("quorate-fuzz");
    try {
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path p = dir.resolve(e.getKey());
        if (e.getKey().equals(name)) {
          Files.write(p, bytes);
        } else {
          Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
      }
      check(dir.toString());
    } finally {
      delete(dir);
    }
  }

  /** Every example and every case seed unmutated: the fuzzer starts from inputs that work. */
  @Property(tries = 1)
  void theSeedsThemselvesLoad() throws IOException {
    for (Map<String, String> group : SEEDS) {
      Path dir = Files.createTempDirectory("quorate-seed");
      try {
        for (Map.Entry<String, String> e : group.entrySet()) {
          Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        Cli r = Cli.run("check", dir.toString());
        assertThat(r.exit()).as("%s%n%s", group.keySet(), r.err()).isIn(0, 1);
      } finally {
        delete(dir);
      }
    }
  }

  static void check(String path) {
    CommandLine cl = QuorateCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    long t0 = System.nanoTime();
    int code = cl.execute("check", path);
    long nanos = System.nanoTime() - t0;
    RUNS.incrementAndGet();
    TOTAL_NANOS.addAndGet(nanos);
    MAX_NANOS.accumulateAndGet(nanos, Math::max);
    synchronized (EXITS) {
      EXITS.merge(code, 1, Integer::sum);
    }
    Statistics.label("exit").collect(code);
    String e = err.toString();
    assertThat(e).doesNotContain("\tat ").doesNotContain("internal error").doesNotContain("Exception");
    assertThat(code).as(e).isIn(0, 1, 2);
    if (code == 2) {
      List<String> lines = e.lines().toList();
      assertThat(lines).as(e).isNotEmpty();
      assertThat(lines.get(lines.size() - 1)).endsWith("nothing was checked. Fix " + (lines.size() == 2 ? "it" : "them")
          + " and run again.");
      for (String l : lines.subList(0, lines.size() - 1)) {
        assertThat(l).as(e).matches("(?s).+?(:\\d+:\\d+)?: error: \\S.*");
      }
      assertThat(out.toString()).isEmpty();
    } else {
      assertThat(e).isEmpty();
    }
    assertThat(nanos / 1_000_000).as("one run of check took too long (hang guard)").isLessThan(HANG_GUARD_MS);
  }

  @AfterContainer
  static void report() throws IOException {
    String text = String.format("fuzz: %d executions of `check` in %.1f s (mean %.1f ms, slowest %.0f ms); exits %s%n",
        RUNS.get(), TOTAL_NANOS.get() / 1e9, RUNS.get() == 0 ? 0 : TOTAL_NANOS.get() / 1e6 / RUNS.get(),
        MAX_NANOS.get() / 1e6, EXITS);
    System.out.print(text);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "fuzz-report.txt"), text);
  }

  // ---- mutations ----------------------------------------------------------------------------------

  @Provide
  Arbitrary<Mutation> mutation() {
    return Combinators.combine(Arbitraries.integers().between(0, Mutation.OPS - 1),
        Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 1 << 20),
        Arbitraries.integers().between(0, 1 << 20)).as(Mutation::new);
  }

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  static byte[] apply(Mutation m, byte[] in) {
    if (m.op() >= 12) return applyBytes(m, in);
    String text = new String(in, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int n = lines.size();
    int i = m.a() % n;
    int j = m.b() % n;
    switch (m.op()) {
      case 0 -> lines.remove(i);                                                     // delete a line
      case 1 -> lines.add(i, lines.get(i));                                          // duplicate a line
      case 2 -> {                                                                    // swap two lines
        String t = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, t);
      }
      case 3 -> {                                                                    // change indentation
        String l = lines.get(i);
        int shift = m.c() % 9 - 4;
        lines.set(i, shift >= 0 ? " ".repeat(shift) + l : l.substring(Math.min(l.length(),
            Math.min(-shift, l.length() - l.stripLeading().length()))));
      }
      case 4 -> {                                                                    // insert a tab
        String l = lines.get(i);
        int at = l.isEmpty() ? 0 : m.c() % (l.length() + 1);
        lines.set(i, l.substring(0, at) + "\t" + l.substring(at));
      }
      case 5 -> {                                                                    // insert a random key
        String indent = " ".repeat(m.c() % 4 * 2);
        lines.add(i, indent + KEYS.get(m.b() % KEYS.size()) + ": " + VALUES.get(m.c() % VALUES.size()));
      }
      case 6 -> {                                                                    // replace a value with a random one
        String l = lines.get(i);
        int colon = l.indexOf(": ");
        if (colon >= 0) lines.set(i, l.substring(0, colon + 2) + VALUES.get(m.b() % VALUES.size()));
      }
      case 7 -> {                                                                    // a random date, valid or not
        Matcher d = DATE.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (d.find()) spans.add(new int[] {d.start(), d.end()});
        if (spans.isEmpty()) return in;
        int[] s = spans.get(m.a() % spans.size());
        String date = String.format("%04d-%02d-%02d", 1960 + m.b() % 160, m.c() % 14, m.c() / 14 % 33);
        return (text.substring(0, s[0]) + date + text.substring(s[1])).getBytes(StandardCharsets.UTF_8);
      }
      case 8 -> {                                                                    // swap a token for another
        Matcher t = TOKEN.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (t.find()) spans.add(new int[] {t.start(), t.end()});
        if (spans.size() < 2) return in;
        int[] s = spans.get(m.a() % spans.size());
        int[] r = spans.get(m.b() % spans.size());
        String repl = m.c() % 3 == 0 ? text.substring(r[0], r[1]) + "x" : text.substring(r[0], r[1]);
        return (text.substring(0, s[0]) + repl + text.substring(s[1])).getBytes(StandardCharsets.UTF_8);
      }
      case 9 -> {                                                                    // YAML syntax characters
        String l = lines.get(i);
        String[] bits = {"&a ", "*a", "[", "]", "{", "}", ": ", "- ", "\"", "'", "#", "? ", "|", ">", "!!str ",
            "&b [*b]", "*b", "<<: *a", "&c\n", "\\", "%", "@", "`", ","};
        int at = l.isEmpty() ? 0 : m.c() % (l.length() + 1);
        lines.set(i, l.substring(0, at) + bits[m.b() % bits.length] + l.substring(at));
      }
      case 10 -> {                                                                   // duplicate a block of lines
        int len = 1 + m.c() % 8;
        List<String> block = new ArrayList<>(lines.subList(i, Math.min(n, i + len)));
        lines.addAll(j, block);
      }
      default -> {                                                                   // document separators
        lines.add(i, m.c() % 2 == 0 ? "---" : "...");
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] applyBytes(Mutation m, byte[] in) {
    int n = in.length;
    int i = n == 0 ? 0 : m.a() % (n + 1);
    switch (m.op()) {
      case 12 -> {                                                                   // truncate
        byte[] out = new byte[i];
        System.arraycopy(in, 0, out, 0, i);
        return out;
      }
      case 13 -> {                                                                   // delete a byte range
        int len = Math.min(n - i, 1 + m.b() % 16);
        byte[] out = new byte[n - len];
        System.arraycopy(in, 0, out, 0, i);
        System.arraycopy(in, i + len, out, i, n - i - len);
        return out;
      }
      case 14 -> {                                                                   // insert a hostile byte
        byte[] hostile = {0, (byte) 0xFF, (byte) 0xC3, (byte) 0x80, '\t', '\r', 0x1B, 0x7F, (byte) 0xEF, '\n', ':'};
        byte[] out = new byte[n + 1];
        System.arraycopy(in, 0, out, 0, i);
        out[i] = hostile[m.b() % hostile.length];
        System.arraycopy(in, i, out, i + 1, n - i);
        return out;
      }
      default -> {                                                                   // flip a byte
        if (n == 0) return in;
        byte[] out = in.clone();
        out[Math.min(i, n - 1)] ^= (byte) (1 << (m.b() % 8));
        return out;
      }
    }
  }

  // ---- seeds --------------------------------------------------------------------------------------

  /** The example folders, and each rule case's files plus its inline input. */
  static List<Map<String, String>> seeds() {
    List<Map<String, String>> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(Path.of("examples"))) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        Map<String, String> group = new LinkedHashMap<>();
        try (Stream<Path> fs = Files.list(d)) {
          for (Path f : fs.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
            group.put(f.getFileName().toString(), Files.readString(f));
          }
        }
        out.add(group);
      }
      DumperOptions o = new DumperOptions();
      o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
      Yaml yaml = new Yaml(o);
      for (RuleCases.Case c : RuleCases.all()) {
        Map<String, String> group = new LinkedHashMap<>();
        for (Path given : c.files()) {
          List<Path> files;
          if (Files.isDirectory(given)) {
            try (Stream<Path> w = Files.walk(given)) {
              files = w.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            }
          } else {
            files = List.of(given);
          }
          for (Path f : files) {
            String key = f.getFileName().toString();
            while (group.containsKey(key)) key = "x-" + key;
            group.put(key, Files.readString(f));
          }
        }
        if (!c.input().isEmpty()) {
          StringBuilder text = new StringBuilder();
          for (Object doc : c.input()) text.append("---\n").append(yaml.dump(doc));
          group.put("case-input.yaml", text.toString());
        }
        if (!group.isEmpty()) out.add(group);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
