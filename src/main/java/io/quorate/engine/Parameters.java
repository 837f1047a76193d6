package io.quorate.engine;

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
 * The declaration of every parameter the rules take ({@code rules/parameters.yaml}), read once. The
 * profiles, a board's {@code procedure:} overrides, the JSON Schema, {@code explain}, {@code rules},
 * the rules' documentation and the planner all read these declarations, and nothing else says what
 * a parameter is.
 */
public final class Parameters {
  static final String RESOURCE = "/io/quorate/rules/parameters.yaml";

  private final Map<String, Parameter> byName;

  Parameters(Map<String, Parameter> byName) {
    this.byName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName));
  }

  private static final class Holder {
    static final Parameters DECLARED = parse(text());
  }

  /** The declarations in the jar. */
  public static Parameters declared() {
    return Holder.DECLARED;
  }

  public Optional<Parameter> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Every parameter, in the declaration's order. */
  public List<Parameter> all() {
    return List.copyOf(byName.values());
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /** The parameters a rule reads, in the declaration's order. */
  public List<Parameter> ofRule(String rule) {
    return byName.values().stream().filter(p -> p.rules().contains(rule)).toList();
  }

  static String text() {
    try (InputStream in = Parameters.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("the parameter declarations are missing from the jar: " + RESOURCE);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses the declarations; a declaration that is incomplete, or whose default is not a value of
   * its own type, is a defect of the build (ParametersTest), reported with the parameter's name.
   */
  @SuppressWarnings("unchecked")
  static Parameters parse(String text) {
    Map<String, Object> doc = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    Map<String, Parameter> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : doc.entrySet()) {
      String name = e.getKey();
      Map<String, Object> d = (Map<String, Object>) e.getValue();
      Parameter.Type type = Parameter.Type.of(req(d, "type", name).toString());
      Map<String, String> readings = new LinkedHashMap<>();
      ((Map<String, Object>) d.getOrDefault("readings", Map.of())).forEach((k, v) -> readings.put(k, String.valueOf(v)));
      boolean counted = type == Parameter.Type.COUNT;
      boolean worded = type == Parameter.Type.READING || type == Parameter.Type.READINGS;
      if (counted != (d.get("unit") != null) || counted != (d.get("min") != null) || counted != (d.get("max") != null)) {
        throw new IllegalStateException("parameter " + name + ": unit, min and max go with type count, and only with it");
      }
      if (worded == readings.isEmpty()) {
        throw new IllegalStateException("parameter " + name + ": readings go with types reading and readings, and only with them");
      }
      Parameter p = new Parameter(name, type, (String) d.get("unit"), (Integer) d.get("min"), (Integer) d.get("max"),
          null, readings, new ArrayList<>((List<String>) req(d, "rules", name)), req(d, "meaning", name).toString());
      List<String> problems = new ArrayList<>();
      Object dflt = p.read(req(d, "default", name), (i, m) -> problems.add(m));
      if (!problems.isEmpty()) throw new IllegalStateException("parameter " + name + ": the default " + problems.get(0));
      out.put(name, new Parameter(name, type, p.unit(), p.min(), p.max(), dflt, readings, p.rules(), p.meaning()));
    }
    return new Parameters(out);
  }

  private static Object req(Map<String, Object> d, String key, String name) {
    Object v = d.get(key);
    if (v == null) throw new IllegalStateException("parameter " + name + ": no " + key);
    return v;
  }
}
