package io.quorate.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The JSON Schema (draft-07) of the input, generated from the readers themselves so it cannot
 * drift: a schema-building pass runs every reader ({@link Documents} for each {@code kind:}, and
 * the waivers file) over no input, and each {@link Fields} getter records the key it reads with its
 * type. Unknown keys are errors to the loader, so every object is {@code additionalProperties: false}
 * (except free-form mappings such as {@code procedure:}, whose keys the loader checks elsewhere).
 */
public final class Schema {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  public static final String ID = "https://quorate.io/schema/quorate.schema.json";

  private Schema() {}

  /** The keys one mapping reader asked for, with their types. */
  static final class Shape {
    private final Map<String, List<JsonNode>> props = new LinkedHashMap<>();
    private final Set<String> weak = new LinkedHashSet<>();
    private final Set<String> required = new LinkedHashSet<>();
    private boolean open;

    void add(String key, JsonNode type) {
      List<JsonNode> l = props.computeIfAbsent(key, k -> new ArrayList<>());
      if (!l.contains(type)) l.add(type);
    }

    /** A key looked at (has, allow) but not read with a type: any value, unless a getter types it. */
    void weak(String key) {
      weak.add(key);
    }

    void require(String key) {
      required.add(key);
    }

    void open() {
      open = true;
    }

    Set<String> keys() {
      Set<String> out = new LinkedHashSet<>(props.keySet());
      out.addAll(weak);
      return out;
    }

    ObjectNode toJson() {
      ObjectNode o = F.objectNode().put("type", "object");
      ObjectNode p = o.putObject("properties");
      for (String k : keys()) {
        List<JsonNode> types = props.getOrDefault(k, List.of());
        if (types.isEmpty()) {
          p.set(k, any());
        } else if (types.size() == 1) {
          p.set(k, required.contains(k) ? types.get(0) : nullable(types.get(0)));
        } else {
          ArrayNode a = p.putObject(k).putArray("anyOf");
          types.forEach(a::add);
          if (!required.contains(k)) a.add(F.objectNode().put("type", "null"));
        }
      }
      if (!required.isEmpty()) {
        ArrayNode r = o.putArray("required");
        required.forEach(r::add);
      }
      o.put("additionalProperties", open);
      return o;
    }
  }

  /** Collects the top-level mapping read in a schema-building pass. */
  static final class Recorder {
    private final List<Shape> roots = new ArrayList<>();

    void add(Shape s) {
      roots.add(s);
    }
  }

  /** An empty value (`key:` or `key: null`) counts as absent for an optional key. */
  static JsonNode nullable(JsonNode type) {
    ObjectNode t = ((ObjectNode) type).deepCopy();
    JsonNode ty = t.get("type");
    if (ty != null && ty.isTextual() && !t.has("enum")) {
      t.putArray("type").add(ty.asText()).add("null");
    } else if (ty != null && ty.isArray()) {
      ((ArrayNode) ty).add("null");
    } else if (t.has("anyOf")) {
      ((ArrayNode) t.get("anyOf")).add(F.objectNode().put("type", "null"));
    } else if (ty != null) {
      ObjectNode o = F.objectNode();
      o.putArray("anyOf").add(t).add(F.objectNode().put("type", "null"));
      return o;
    }
    return t;
  }

  // ---- the types of the Fields getters ------------------------------------------------------------

  static ObjectNode any() {
    return F.objectNode();
  }

  /** A single YAML value: the loader takes its text whatever its YAML type. */
  static ObjectNode scalar() {
    ObjectNode o = F.objectNode();
    o.putArray("type").add("string").add("number").add("boolean");
    return o;
  }

  static ObjectNode bool() {
    return F.objectNode().put("type", "boolean");
  }

  static ObjectNode integer(boolean nonNegative) {
    ObjectNode o = F.objectNode().put("type", "integer");
    if (nonNegative) o.put("minimum", 0);
    return o;
  }

  static ObjectNode date() {
    return F.objectNode().put("type", "string").put("pattern", "^\\d{4}-\\d{2}-\\d{2}$")
        .put("description", "a date written YYYY-MM-DD");
  }

  static ObjectNode oneOf(List<String> allowed) {
    ObjectNode o = F.objectNode().put("type", "string");
    ArrayNode e = o.putArray("enum");
    allowed.forEach(e::add);
    return o;
  }

  /** A list of single values; one value alone is read as a list of one. */
  static ObjectNode strings() {
    ObjectNode o = F.objectNode();
    ArrayNode a = o.putArray("anyOf");
    a.add(scalar());
    a.add(F.objectNode().put("type", "array").set("items", scalar()));
    return o;
  }

  static ObjectNode array(Shape items) {
    ObjectNode o = F.objectNode().put("type", "array");
    o.set("items", items.toJson());
    return o;
  }

  // ---- the schema ------------------------------------------------------------------------------------

  /** The shape of one input kind, as its reader reads it (kind included). */
  static Shape kindShape(String kind) {
    Recorder rec = new Recorder();
    Problems problems = new Problems(rec);
    MappingNode doc = new MappingNode(Tag.MAP, List.of(new NodeTuple(
        new ScalarNode(Tag.STR, "kind", null, null, org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN),
        new ScalarNode(Tag.STR, kind, null, null, org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN))),
        org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
    Documents.read("(schema)", doc, problems, new Documents.Sinks(x -> {}, x -> {}, x -> {}, x -> {}, x -> {}));
    if (rec.roots.size() != 1) throw new IllegalStateException("the reader of kind " + kind + " read no mapping");
    return rec.roots.get(0);
  }

  static Shape waiversShape() {
    Recorder rec = new Recorder();
    Fields f = Fields.of("(schema)", "the waivers file", (Node) null, new Problems(rec));
    WaiverFile.read(f, java.nio.file.Path.of(""));
    return rec.roots.get(0);
  }

  /** The input kinds, in the order the loader names them. */
  public static List<String> kinds() {
    return Documents.KINDS;
  }

  /** The keys the loader accepts at the top of each kind of document ("waivers" for a waivers file). */
  public static Map<String, Set<String>> topLevelKeys() {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String k : kinds()) out.put(k, kindShape(k).keys());
    out.put("waivers", waiversShape().keys());
    return out;
  }

  /** The whole schema: one definition per kind, chosen by {@code kind:}; a waivers file otherwise. */
  public static ObjectNode build() {
    ObjectNode root = F.objectNode();
    root.put("$schema", "http://json-schema.org/draft-07/schema#");
    root.put("$id", ID);
    root.put("title", "quorate input");
    root.put("description", "A quorate input document (kind: " + String.join(", ", kinds())
        + "), or a waivers file (.quorate-waivers.yaml). Generated by `quorate schema` from the loader; do not edit.");
    ObjectNode defs = root.putObject("definitions");
    for (String k : kinds()) {
      ObjectNode d = kindShape(k).toJson();
      ((ObjectNode) d.get("properties")).set("kind", F.objectNode().put("const", k));
      ArrayNode req = d.has("required") ? (ArrayNode) d.get("required") : d.putArray("required");
      req.insert(0, "kind");
      defs.set(k, d);
    }
    defs.set("waivers", waiversShape().toJson());
    root.put("type", "object");
    root.set("if", F.objectNode().set("required", F.arrayNode().add("waivers")));
    root.set("then", F.objectNode().put("$ref", "#/definitions/waivers"));
    ObjectNode orElse = root.putObject("else");
    orElse.set("required", F.arrayNode().add("kind"));
    ObjectNode kindProp = orElse.putObject("properties").putObject("kind");
    ArrayNode e = kindProp.putArray("enum");
    kinds().forEach(e::add);
    ArrayNode all = orElse.putArray("allOf");
    for (String k : kinds()) {
      ObjectNode c = F.objectNode();
      c.putObject("if").putObject("properties").putObject("kind").put("const", k);
      c.putObject("then").put("$ref", "#/definitions/" + k);
      all.add(c);
    }
    return root;
  }
}
