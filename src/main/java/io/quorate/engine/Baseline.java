package io.quorate.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quorate.text.JsonEscapes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A record of known findings ({@code check --write-baseline FILE}); with {@code --baseline FILE}
 * only findings not in it are reported. Findings are matched by rule, subject and a fingerprint of
 * rule, subject, file and message with line and column numbers taken out, so a finding that only
 * moved (lines added above it) is still known. Matching counts: two identical findings need two
 * entries.
 */
public record Baseline(String tool, String version, List<Entry> findings) {
  public Baseline {
    findings = List.copyOf(findings);
  }

  public record Entry(String rule, String subject, String file, String fingerprint, String message) {}

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonEscapes.factory())
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final Pattern LINE_NUMBERS = Pattern.compile("(?i)(\\blines? \\d+|:\\d+(:\\d+)?\\b)");

  public static Baseline of(String version, List<Finding> findings) {
    return new Baseline("quorate", version, findings.stream().map(f -> new Entry(f.rule(), f.subject(), f.loc().file(),
        fingerprint(f), f.message())).toList());
  }

  /** The line-independent fingerprint of a finding (also SARIF's partialFingerprints). */
  public static String fingerprint(Finding f) {
    String message = LINE_NUMBERS.matcher(f.message()).replaceAll("").replaceAll("\\s+", " ").trim();
    String text = f.rule() + "\n" + f.subject() + "\n" + f.loc().file() + "\n" + message;
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The findings not in this baseline, in order. */
  public List<Finding> newFindings(List<Finding> current) {
    Map<String, Integer> known = new HashMap<>();
    for (Entry e : findings) known.merge(key(e.rule(), e.subject(), e.fingerprint()), 1, Integer::sum);
    List<Finding> out = new ArrayList<>();
    for (Finding f : current) {
      String k = key(f.rule(), f.subject(), fingerprint(f));
      Integer n = known.get(k);
      if (n != null && n > 0) {
        known.put(k, n - 1);
      } else {
        out.add(f);
      }
    }
    return out;
  }

  private static String key(String rule, String subject, String fingerprint) {
    return rule + "\u0000" + subject + "\u0000" + fingerprint;
  }

  public String toJson() {
    try {
      return MAPPER.writeValueAsString(this) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads a baseline file; throws IllegalArgumentException with a plain reason when it is not one:
   * not JSON, not from quorate, or an entry that is not a finding with its rule, subject and
   * fingerprint (such an entry could match nothing, and so hide nothing, in silence). The reason
   * gives the line and column of what is wrong but never quotes the file: a baseline is not a YAML
   * input, and a path given by mistake (a key file, {@code /proc/self/environ}) must not have its
   * content printed.
   */
  public static Baseline parse(byte[] json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonParseException e) {
      throw new IllegalArgumentException("not a quorate baseline (not valid JSON" + at(e) + ")");
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not a quorate baseline (" + e.getClass().getSimpleName() + ")");
    }
    if (root == null || !root.isObject() || !"quorate".equals(root.path("tool").asText(null))) {
      throw new IllegalArgumentException("not a quorate baseline (no `\"tool\": \"quorate\"`)");
    }
    JsonNode list = root.get("findings");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException("not a quorate baseline (no findings list)");
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode e = list.get(i);
      for (String field : List.of("rule", "subject", "fingerprint")) {
        if (!e.path(field).isTextual()) {
          throw new IllegalArgumentException("not a quorate baseline (finding " + (i + 1) + " of " + list.size()
              + " is " + (e.isObject() ? "missing its " + field : e.isNull() ? "null" : "not a finding") + ")");
        }
      }
    }
    try {
      return MAPPER.treeToValue(root, Baseline.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a quorate baseline (not in the form --write-baseline writes" + at(e) + ")");
    }
  }

  private static String at(JsonProcessingException e) {
    var loc = e.getLocation();
    return loc == null || loc.getLineNr() < 1 ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }
}
