package io.quorate.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quorate.engine.Baseline;
import io.quorate.engine.Finding;
import io.quorate.engine.RuleCatalog;
import io.quorate.engine.RuleCatalog.Citation;
import io.quorate.engine.RuleCatalog.RuleInfo;
import io.quorate.engine.Severity;
import io.quorate.model.Waiver;
import io.quorate.text.JsonEscapes;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * SARIF 2.1.0 (OASIS) for code-scanning dashboards, as a typed model serialised by Jackson. The
 * driver lists the whole rule catalogue; each result points at the file (relative to the current
 * directory, base {@code %SRCROOT%}), line and column of the YAML node that is wrong. A waived
 * finding carries an accepted external suppression with the waiver's reason.
 */
final class SarifRenderer implements Renderer {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Run(Tool tool, List<Result> results, String columnKind) {}

  record Tool(Driver driver) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Driver(String name, String version, String informationUri, List<ReportingDescriptor> rules) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ReportingDescriptor(String id, String name, Text shortDescription, Text fullDescription, Text help,
      Configuration defaultConfiguration, Map<String, Object> properties) {}

  record Configuration(String level) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Text(String text, String markdown) {
    static Text of(String text) {
      return new Text(text, null);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Result(String ruleId, Integer ruleIndex, String level, Text message, List<Location> locations,
      Map<String, String> partialFingerprints, List<Suppression> suppressions, Map<String, Object> properties) {}

  record Location(PhysicalLocation physicalLocation) {}

  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ArtifactLocation(String uri, String uriBaseId) {}

  record Region(int startLine, int startColumn) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Suppression(String kind, String status, String justification, Map<String, Object> properties) {}

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonEscapes.factory())
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private final Supplier<List<RuleInfo>> catalogue;

  SarifRenderer() {
    this(RuleCatalog::rules);
  }

  /** With a given catalogue (tests pin one so that new rules do not change golden files). */
  SarifRenderer(Supplier<List<RuleInfo>> catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public String name() {
    return "sarif";
  }

  @Override
  public String description() {
    return "SARIF 2.1.0 for code scanning (e.g. GitHub's upload-sarif)";
  }

  static String level(Severity s) {
    return switch (s) {
      case BREACH -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  Log log(Results results) {
    List<RuleInfo> rules = catalogue.get();
    Map<String, Integer> index = new HashMap<>();
    List<ReportingDescriptor> descriptors = new ArrayList<>();
    for (RuleInfo r : rules) {
      index.put(r.id(), descriptors.size());
      descriptors.add(descriptor(r));
    }
    List<Result> out = new ArrayList<>();
    for (Finding f : results.findings()) out.add(result(f, index.get(f.rule()), results.waiver(f).orElse(null)));
    return new Log(SCHEMA, "2.1.0", List.of(new Run(new Tool(new Driver("quorate", results.version(), null,
        descriptors)), out, "unicodeCodePoints")));
  }

  static ReportingDescriptor descriptor(RuleInfo r) {
    StringBuilder help = new StringBuilder();
    StringBuilder md = new StringBuilder();
    help.append(r.title()).append(".");
    md.append("**").append(r.title()).append("**");
    for (Citation c : r.citations()) {
      help.append("\n").append(c.profile()).append(": ").append(c.source().document()).append(", ")
          .append(c.source().clause()).append(": \"").append(c.source().quote()).append("\"");
      md.append("\n\n").append("`").append(c.profile()).append("`: ").append(c.source().document()).append(", ")
          .append(c.source().clause()).append("\n\n> ").append(c.source().quote().replace("\n", "\n> "));
      if (!c.parameters().isEmpty()) {
        help.append(" (parameters: ").append(new java.util.TreeMap<>(c.parameters())).append(")");
        md.append("\n\nParameters: `").append(new java.util.TreeMap<>(c.parameters())).append("`");
      }
    }
    String full = r.title() + ". Cited by " + (r.citations().isEmpty() ? "no profile"
        : String.join(", ", r.citations().stream().map(c -> c.profile() + " (" + c.source().clause() + ")").toList()))
        + ".";
    return new ReportingDescriptor(r.id(), r.id(), Text.of(r.title()), Text.of(full),
        new Text(help.toString(), md.toString()), new Configuration(level(r.severity())),
        Map.of("severity", r.severity().key()));
  }

  static Result result(Finding f, Integer ruleIndex, Waiver w) {
    String file = f.loc().file();
    ArtifactLocation artifact = Path.of(file).isAbsolute() ? new ArtifactLocation(Path.of(file).toUri().toString(), null)
        : new ArtifactLocation(relativeUri(file), SRCROOT);
    Region region = new Region(Math.max(1, f.loc().line()), Math.max(1, f.loc().column()));
    Map<String, Object> props = new java.util.LinkedHashMap<>();
    props.put("subject", f.subject());
    props.put("severity", f.severity().key());
    props.put("source", Map.of("document", f.source().document(), "clause", f.source().clause(), "quote", f.source().quote()));
    List<Suppression> suppressions = w == null ? null : List.of(new Suppression("external", "accepted", w.reason(),
        Map.of("owner", w.owner(), "expires", w.expires().toString(), "waiver", w.where().self().toString())));
    return new Result(f.rule(), ruleIndex, level(f.severity()), Text.of(sentence(f.message())),
        List.of(new Location(new PhysicalLocation(artifact, region))),
        Map.of("quorate/v1", Baseline.fingerprint(f)), suppressions, props);
  }

  /**
   * The file as a relative URI reference, percent-encoded. A colon in the first segment would read
   * as a scheme ({@code a:b.yaml}), so such a path starts with {@code ./} (RFC 3986, section 4.2).
   */
  static String relativeUri(String file) {
    String path = file.replace('\\', '/');
    int colon = path.indexOf(':');
    int slash = path.indexOf('/');
    if (colon >= 0 && (slash < 0 || colon < slash)) path = "./" + path;
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static String sentence(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + (s.endsWith(".") ? "" : ".");
  }

  @Override
  public void render(Results results, PrintWriter out) {
    try {
      out.println(MAPPER.writeValueAsString(log(results)));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
