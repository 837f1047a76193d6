package io.quorate.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quorate.calendar.Day;
import io.quorate.model.Source;
import io.quorate.text.JsonEscapes;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** The plan as JSON for scripts; dates are ISO 8601 (YYYY-MM-DD). */
public final class PlanJson {
  private PlanJson() {}

  record Tool(String name, String version) {}

  record JsonDay(String date, String reason) {}

  record JsonCheck(String what, String date, String status, String detail) {}

  record JsonDeadline(String key, String title, String date, String when, String rule, Source source,
      @JsonProperty("catalogue-default") boolean catalogueDefault, int days, String counting, List<String> counted,
      List<JsonDay> skipped, String alternative, String status, List<JsonCheck> checks) {}

  record JsonPlan(String subject, String kind, String body, String profile, String date, String type, String file,
      List<JsonDeadline> deadlines, List<String> notes) {}

  record Document(Tool tool, List<JsonPlan> plans) {}

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonEscapes.factory())
      .enable(SerializationFeature.INDENT_OUTPUT);

  public static void write(String version, List<MeetingPlan> plans, PrintWriter out) {
    try {
      out.println(MAPPER.writeValueAsString(new Document(new Tool("quorate", version),
          plans.stream().map(PlanJson::plan).toList())));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonPlan plan(MeetingPlan p) {
    return new JsonPlan(p.subject(), p.kind(), p.body(), p.profile(), iso(p.date()), p.type(), p.file(),
        p.deadlines().stream().map(PlanJson::deadline).toList(), p.notes());
  }

  private static JsonDeadline deadline(Deadline d) {
    List<String> counted = d.span() == null ? List.of() : d.span().counted().stream().map(x -> iso(x.date())).toList();
    List<JsonDay> skipped = d.span() == null ? List.of()
        : d.span().skipped().stream().map(x -> new JsonDay(iso(x.date()), reason(x))).toList();
    return new JsonDeadline(d.key(), d.title(), iso(d.date()), d.when(), d.rule(), d.source(), d.catalogueDefault(),
        d.days(), d.counting(), counted, skipped, d.alternative(), d.status().key(),
        d.checks().stream().map(c -> new JsonCheck(c.what(), iso(c.date()), c.status().key(), c.detail())).toList());
  }

  private static String reason(Day d) {
    return d.holiday() != null ? d.holiday() : "weekend";
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
