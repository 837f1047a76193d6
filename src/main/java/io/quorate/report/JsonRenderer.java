package io.quorate.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quorate.engine.Finding;
import io.quorate.engine.Severity;
import io.quorate.model.Waiver;
import io.quorate.text.JsonEscapes;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON contract scripts rely on (product.md), as a typed model serialised by Jackson. */
final class JsonRenderer implements Renderer {
  record Tool(String name, String version) {}

  record Source(String document, String clause, String quote) {}

  record Waived(String reason, String owner, String expires, String file, int line) {}

  record JsonFinding(String rule, String severity, String file, int line, int column, String subject,
      String message, Source source, @JsonInclude(JsonInclude.Include.NON_NULL) Waived waived) {}

  record Summary(int files, long breach, long warning, long info,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) long waived,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) long baselined) {}

  record Document(Tool tool, List<JsonFinding> findings, Summary summary) {}

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonEscapes.factory())
      .enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String name() {
    return "json";
  }

  @Override
  public String description() {
    return "the JSON contract for scripts";
  }

  static Document document(Results results) {
    List<JsonFinding> findings = results.findings().stream().map(f -> finding(f, results.waiver(f).orElse(null))).toList();
    return new Document(new Tool("quorate", results.version()), findings, new Summary(results.files(),
        results.count(Severity.BREACH), results.count(Severity.WARNING), results.count(Severity.INFO),
        results.waivedCount(), results.baselined()));
  }

  static JsonFinding finding(Finding f) {
    return finding(f, null);
  }

  static JsonFinding finding(Finding f, Waiver w) {
    return new JsonFinding(f.rule(), f.severity().key(), f.loc().file(), f.loc().line(), f.loc().column(),
        f.subject(), f.message(), new Source(f.source().document(), f.source().clause(), f.source().quote()),
        w == null ? null : new Waived(w.reason(), w.owner(), w.expires().toString(), w.where().file(), w.where().self().line()));
  }

  @Override
  public void render(Results results, PrintWriter out) {
    try {
      out.println(MAPPER.writeValueAsString(document(results)));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
