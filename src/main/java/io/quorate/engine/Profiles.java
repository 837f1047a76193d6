package io.quorate.engine;

import io.quorate.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The built-in profiles, read from the jar (rules/profiles/ in the source tree). The build also
 * stores them in a prepared binary form ({@link PreparedProfiles}, written by {@code cli.Prepare});
 * start-up reads that instead of parsing ~50 KB of YAML, whenever it was made from these very files.
 */
public final class Profiles {
  static final String DIR = "/io/quorate/rules/profiles/";
  /** The prepared form of the profiles, written at build time next to the compiled classes. */
  public static final String PREPARED = "/io/quorate/engine/profiles.bin";
  /** The profile every body gets: rules that need no terms of reference (data coverage, audit window). */
  public static final String COMMON = "common";
  /** The parameter that picks one implementation of a rule id that several kinds of body share. */
  public static final String VARIANT = "variant";

  private final Map<String, Profile> byId;

  Profiles(Map<String, Profile> byId) {
    this.byId = byId;
  }

  private static final class Holder {
    static final Profiles BUILT_IN = loadBuiltIn();
  }

  public static Profiles builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * The built-in profiles: the prepared form when the build made it from the same files (same
   * checksum), else parsed from the YAML (a stale or missing prepared file, e.g. classes compiled
   * by an IDE without the Maven build).
   */
  static Profiles loadBuiltIn() {
    Map<String, String> sources = sources();
    Profiles prepared = PreparedProfiles.decode(preparedBytes(), PreparedProfiles.checksum(sources));
    return prepared != null ? prepared : parseAll(sources);
  }

  /** Parses the YAML files (never the prepared form). */
  static Profiles load() {
    return parseAll(sources());
  }

  /** The prepared form of the built-in profiles, as {@code cli.Prepare} writes it at build time. */
  public static byte[] prepare() {
    Map<String, String> sources = sources();
    return PreparedProfiles.encode(parseAll(sources), PreparedProfiles.checksum(sources));
  }

  private static Profiles parseAll(Map<String, String> sources) {
    Map<String, Profile> out = new LinkedHashMap<>();
    sources.forEach((id, text) -> out.put(id, parse(id, text)));
    return new Profiles(out);
  }

  /** Each profile's YAML text by id, in the order of index.txt. */
  static Map<String, String> sources() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String id : resource("index.txt").split("\\R")) {
      id = id.trim();
      if (id.isEmpty() || id.startsWith("#")) continue;
      out.put(id, resource(id + ".yaml"));
    }
    return out;
  }

  static byte[] preparedBytes() {
    try (InputStream in = Profiles.class.getResourceAsStream(PREPARED)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      return null; // parse the YAML instead
    }
  }

  private static String resource(String name) {
    try (InputStream in = Profiles.class.getResourceAsStream(DIR + name)) {
      if (in == null) throw new IllegalStateException("built-in profile file missing from the jar: " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Profile parse(String id, String text) {
    Map<String, Object> doc = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    if (!id.equals(doc.get("id"))) throw new IllegalStateException("profile " + id + ".yaml has id " + doc.get("id"));
    String document = (String) doc.get("document");
    Map<String, Profile.Entry> rules = new LinkedHashMap<>();
    Map<String, Object> ruleMap = (Map<String, Object>) doc.getOrDefault("rules", Map.of());
    for (Map.Entry<String, Object> e : ruleMap.entrySet()) {
      Map<String, Object> r = (Map<String, Object>) e.getValue();
      String clause = req(r, "clause", id, e.getKey());
      String quote = req(r, "quote", id, e.getKey());
      String doc2 = r.containsKey("document") ? (String) r.get("document") : document;
      Map<String, Object> params = declaredValues(id, e.getKey(),
          (Map<String, Object>) r.getOrDefault("parameters", Map.of()));
      Object sev = r.get("severity");
      rules.put(e.getKey(), new Profile.Entry(e.getKey(), new Source(doc2, clause, quote), params,
          sev == null ? null : Severity.parse(sev.toString()), (String) r.get("note")));
    }
    return new Profile(id, (String) doc.get("body"), document, (String) doc.get("text"), rules);
  }

  private static String req(Map<String, Object> r, String key, String profile, String rule) {
    Object v = r.get(key);
    if (v == null) throw new IllegalStateException("profile " + profile + ", rule " + rule + ": no " + key);
    return v.toString().trim();
  }

  public Optional<Profile> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<Profile> all() {
    return List.copyOf(byId.values());
  }

  /** The ids a board may name in {@code profile:} (every profile but the common one). */
  public List<String> boardProfileIds() {
    List<String> ids = new ArrayList<>(byId.keySet());
    ids.remove(COMMON);
    return ids;
  }

  /**
   * A profile entry's parameters, each read through its declaration ({@link Parameters}): a
   * parameter that is not declared, not declared for this rule, or whose value is not one of its
   * type, is a defect of the profile, and the build (which prepares the profiles) fails on it.
   */
  static Map<String, Object> declaredValues(String profile, String rule, Map<String, Object> given) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> p : given.entrySet()) {
      if (p.getKey().equals(VARIANT)) {
        out.put(VARIANT, p.getValue());
        continue;
      }
      String at = "profile " + profile + ", rule " + rule + ", parameter " + p.getKey();
      Parameter decl = Parameters.declared().get(p.getKey())
          .orElseThrow(() -> new IllegalStateException(at + ": not declared in rules/parameters.yaml"));
      if (!decl.rules().contains(rule)) throw new IllegalStateException(at + ": declared for " + decl.rules() + " only");
      List<String> problems = new ArrayList<>();
      Object v = decl.read(p.getValue(), (i, m) -> problems.add(m));
      if (!problems.isEmpty()) throw new IllegalStateException(at + ": " + problems.get(0));
      out.put(p.getKey(), v);
    }
    return out;
  }
}
