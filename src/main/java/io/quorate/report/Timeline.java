package io.quorate.report;

import io.quorate.calendar.Dates;
import io.quorate.calendar.Day;
import io.quorate.calendar.DayKind;
import io.quorate.calendar.Span;
import io.quorate.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The drawing of a notice period as an inline SVG: one cell a calendar day from the first date of
 * interest to the meeting, coloured as a working day, weekend or bank holiday, the clear working days
 * numbered, and a flag for each deadline or recorded date. Computes coordinates only; the template
 * writes the SVG elements (so every text from the input is escaped by the template engine).
 */
final class Timeline {
  /** Something to flag on the timeline. kind: deadline, done (a recorded date), meeting. */
  record Marker(LocalDate date, String label, String kind) {}

  static final int MAX_DAYS = 62;
  private static final int CELL_H = 46;
  private static final int ROW_H = 16;
  private static final double CHAR_W = 6.4;

  private Timeline() {}

  /**
   * @param countFrom the dispatch day (or latest lawful dispatch day) whose clear working days to
   *     the meeting are numbered; may be null
   * @param meeting the meeting day (the end of the count)
   * @return the template model, or null when there is nothing to draw
   */
  static Map<String, Object> build(List<Marker> markers, LocalDate countFrom, LocalDate meeting, WorkingDays cal) {
    if (markers.isEmpty()) return null;
    LocalDate start = markers.stream().map(Marker::date).min(LocalDate::compareTo).orElseThrow();
    LocalDate end = markers.stream().map(Marker::date).max(LocalDate::compareTo).orElseThrow();
    if (countFrom != null && countFrom.isBefore(start)) start = countFrom;
    if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) start = end.minusDays(MAX_DAYS - 1);
    int n = (int) ChronoUnit.DAYS.between(start, end) + 1;
    double cell = Math.max(16, Math.min(56, 1100.0 / n));
    double left = 10;

    Map<LocalDate, Integer> counts = new TreeMap<>();
    if (countFrom != null && meeting != null && countFrom.isBefore(meeting)) {
      Span span = cal.span(countFrom, meeting);
      for (Day d : span.counted()) counts.put(d.date(), d.count());
    }

    // flags: one label per date and kind, stacked in rows so that no two labels overlap
    double svgWidth = left * 2 + n * cell;
    Map<String, List<Marker>> groups = new LinkedHashMap<>();
    List<Marker> ordered = new ArrayList<>(markers);
    ordered.sort(java.util.Comparator.comparing(Marker::date));
    for (Marker m : ordered) {
      if (!m.date().isBefore(start)) groups.computeIfAbsent(m.date() + "/" + m.kind(), k -> new ArrayList<>()).add(m);
    }
    List<double[]> rowSpans = new ArrayList<>(); // per row: occupied [from, to] pairs, flattened
    List<Map<String, Object>> flags = new ArrayList<>();
    for (List<Marker> group : groups.values()) {
      Marker first = group.get(0);
      double x = left + ChronoUnit.DAYS.between(start, first.date()) * cell + cell / 2;
      List<String> labels = group.stream().map(Marker::label).distinct().toList();
      String label = switch (first.kind()) {
        case "deadline" -> "Last day: " + String.join(", ", labels);
        default -> String.join(", ", labels);
      };
      double width = label.length() * CHAR_W + 8;
      boolean rightAligned = x + width > svgWidth - 4;
      double from = rightAligned ? x - width : x - 2;
      double to = rightAligned ? x + 2 : x + width;
      int row = 0;
      while (row < rowSpans.size() && overlaps(rowSpans.get(row), from, to)) row++;
      if (row == rowSpans.size()) rowSpans.add(new double[0]);
      double[] occupied = rowSpans.get(row);
      double[] grown = java.util.Arrays.copyOf(occupied, occupied.length + 2);
      grown[occupied.length] = from;
      grown[occupied.length + 1] = to;
      rowSpans.set(row, grown);
      flags.add(map("x", fmt(x), "row", row, "label", label, "kind", first.kind(), "date", Dates.format(first.date()),
          "anchor", rightAligned ? "end" : "start", "dx", rightAligned ? "-3" : "3"));
    }
    int rows = Math.max(1, rowSpans.size());
    double top = rows * ROW_H + 12;
    for (Map<String, Object> f : flags) {
      int row = (Integer) f.get("row");
      f.put("labelY", fmt(6 + (rows - row) * ROW_H - 4));
      f.put("lineY1", fmt(6 + (rows - row) * ROW_H - 14));
      f.put("lineY2", fmt(top));
    }

    List<Map<String, Object>> days = new ArrayList<>();
    List<Map<String, Object>> months = new ArrayList<>();
    LocalDate d = start;
    for (int i = 0; i < n; i++, d = d.plusDays(1)) {
      Day day = cal.classify(d);
      double x = left + i * cell;
      String cls = day.kind() == DayKind.WORKING_DAY ? "wd" : day.kind() == DayKind.WEEKEND ? "we" : "bh";
      if (d.equals(meeting)) cls += " mtg";
      String title = Dates.format(d) + switch (day.kind()) {
        case WORKING_DAY -> counts.containsKey(d) ? ": clear working day " + counts.get(d) : ": working day";
        case WEEKEND -> ": weekend, not counted";
        case BANK_HOLIDAY -> ": " + day.holiday() + ", not counted";
      };
      days.add(map("x", fmt(x), "w", fmt(cell - 2), "cls", cls, "num", d.getDayOfMonth(),
          "wk", d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2),
          "count", counts.containsKey(d) ? String.valueOf(counts.get(d)) : "", "mtgText", d.equals(meeting),
          "cx", fmt(x + (cell - 2) / 2), "title", title,
          "bh", day.kind() == DayKind.BANK_HOLIDAY ? "BH" : ""));
      if (i == 0 || d.getDayOfMonth() == 1) {
        months.add(map("x", fmt(x + 1), "label", d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear()));
      }
    }
    return map("width", fmt(svgWidth), "height", fmt(top + CELL_H + 36), "top", fmt(top), "cellH", CELL_H,
        "monthY", fmt(top + CELL_H + 30), "numY", fmt(top + 18), "wkY", fmt(top + 32), "countY", fmt(top + CELL_H + 14),
        "bhY", fmt(top + 42), "days", days, "months", months, "flags", flags,
        "label", "Timeline from " + Dates.format(start) + " to " + Dates.format(end)
            + ": working days, weekends and bank holidays, with the deadlines");
  }

  private static boolean overlaps(double[] occupied, double from, double to) {
    for (int i = 0; i + 1 < occupied.length; i += 2) {
      if (from < occupied[i + 1] && occupied[i] < to) return true;
    }
    return false;
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }
}
