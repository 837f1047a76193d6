package io.quorate.imports;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a set of Modern.gov web-service responses say: committees ({@code GetCommittees}), each
 * committee's meetings ({@code GetMeetings}, {@code GetAllMeetingsByDate}) and each meeting's
 * details ({@code GetMeeting}). Responses are recognised by their root element, plain or wrapped in
 * a SOAP 1.1 envelope. The service's quirks are read here, once: dates as dd/mm/yyyy, counts with a
 * leading space, True/False, times as {@code 10.00 am} or {@code 13:30}, text escaped twice.
 */
final class Responses {
  record Committee(int id, String title, boolean deleted, boolean expired, String source) {}

  /** A meeting as a committee's meeting list gives it. */
  record Listed(int id, int committeeId, String committeeTitle, LocalDate date, String status, String time,
      String source) {}

  record Item(String number, String title, boolean decision, int declarations, List<LocalDate> published) {}

  record Attendee(String memberId, String name, String role, String attendance, String party) {}

  /** A meeting as {@code GetMeeting} gives it. */
  record Detail(int id, LocalDate date, String status, String time, String location, List<Item> items,
      List<Attendee> attendees, String source) {}

  final Map<Integer, Committee> committees = new TreeMap<>();
  final Map<Integer, Listed> listed = new TreeMap<>();
  final Map<Integer, Detail> details = new TreeMap<>();
  /** How many committees each meeting-list response named (0 tells the wrong "all committees" id). */
  final Map<String, Integer> listsRead = new LinkedHashMap<>();

  static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK)
      .withResolverStyle(ResolverStyle.STRICT);

  /**
   * Adds one response.
   *
   * @param name how messages name it (file path or address)
   * @throws ImportException when it is not a response this importer knows, or a value in it cannot be read
   */
  void add(String xml, String name) throws ImportException {
    Xml.Node root = unwrapSoap(Xml.parse(xml, name), name);
    switch (root.name().toLowerCase(Locale.ROOT)) {
      case "committees" -> {
        for (Xml.Node c : root.all("committee")) {
          int id = integer(c, "committeeid", name);
          committees.put(id, new Committee(id, Text.readable(c.text("committeetitle")),
              bool(c, "committeedeleted", name), bool(c, "committeeexpired", name), name));
        }
      }
      case "getmeetings" -> {
        int n = 0;
        for (Xml.Node c : root.all("committee")) {
          n++;
          int cid = integer(c, "committeeid", name);
          String title = Text.readable(c.text("committeetitle"));
          for (Xml.Node holder : c.all("committeemeetings")) {
            for (Xml.Node m : holder.all("meeting")) listed(m, cid, title, name);
          }
        }
        listsRead.put(name, n);
      }
      case "getmeetingsbydate" -> {
        int n = 0;
        for (Xml.Node holder : root.all("meetings")) {
          for (Xml.Node m : holder.all("meeting")) {
            n++;
            listed(m, integer(m, "committeeid", name), Text.readable(m.text("committeetitle")), name);
          }
        }
        listsRead.put(name, n);
      }
      case "meeting" -> detail(root, name);
      default -> throw new ImportException(name + ":" + root.line() + ":" + root.column() + ": <" + root.name()
          + "> is not a Modern.gov response this importer reads; give the responses of GetCommittees"
          + " (<committees>), GetMeetings (<getmeetings>) and GetMeeting (<meeting>)");
    }
  }

  private void listed(Xml.Node m, int committeeId, String committeeTitle, String name) throws ImportException {
    int id = integer(m, "meetingid", name);
    listed.put(id, new Listed(id, committeeId, committeeTitle, date(m, "meetingdate", name),
        Text.readable(m.text("meetingstatus")), Text.readable(m.text("meetingtime")), name));
  }

  private void detail(Xml.Node m, String name) throws ImportException {
    int id = integer(m, "meetingid", name);
    List<Item> items = new ArrayList<>();
    for (Xml.Node holder : m.all("agendaitems")) {
      for (Xml.Node a : holder.all("agendaitem")) {
        List<LocalDate> published = new ArrayList<>();
        for (Xml.Node docs : a.all("linkeddocuments")) {
          for (Xml.Node d : docs.all("linkeddoc")) {
            // documents of the decision (published after the meeting) say nothing of when the papers went out
            boolean decisionDoc = d.child("isdecisionattachment").isPresent() && bool(d, "isdecisionattachment", name);
            if (!decisionDoc && d.text("publicationdate") != null) published.add(date(d, "publicationdate", name));
          }
        }
        String number = Text.readable(a.text("fulldisplaynumberformat"));
        if (number == null) number = Text.readable(a.text("minutesitemnumber"));
        items.add(new Item(number, Text.readable(a.text("agendaitemtitle")), flag(a, "isdecision", name),
            a.text("declarationcount") == null ? 0 : integer(a, "declarationcount", name), List.copyOf(published)));
      }
    }
    List<Attendee> attendees = new ArrayList<>();
    for (Xml.Node holder : m.all("attendees")) {
      for (Xml.Node a : holder.all("attendee")) {
        attendees.add(new Attendee(Text.readable(a.attribute("memberid")), Text.readable(a.attribute("name")),
            Text.readable(a.attribute("roledescription")), Text.readable(a.attribute("attendance")),
            Text.readable(a.attribute("politicalparty"))));
      }
    }
    String location = Text.readable(m.text("meetinglocation"));
    details.put(id, new Detail(id, date(m, "meetingdate", name), Text.readable(m.text("meetingstatus")),
        Text.readable(m.text("meetingtime")), location, List.copyOf(items), List.copyOf(attendees), name));
  }

  /**
   * The payload of a SOAP 1.1 response ({@code Envelope/Body/<Op>Response/<Op>Result/...}), or the
   * response itself when it is not an envelope. A result given as escaped text is parsed in turn.
   */
  static Xml.Node unwrapSoap(Xml.Node root, String name) throws ImportException {
    if (!root.name().equals("Envelope")) return root;
    Xml.Node body = root.child("Body").orElseThrow(() -> new ImportException(name + ":" + root.line() + ":"
        + root.column() + ": a SOAP envelope with no <Body>; save the whole response again"));
    if (body.child("Fault").isPresent()) {
      Xml.Node f = body.child("Fault").get();
      throw new ImportException(name + ":" + f.line() + ":" + f.column() + ": the service answered with a SOAP fault: "
          + Optional.ofNullable(Text.readable(f.text("faultstring"))).orElse("(no reason given)"));
    }
    Xml.Node response = body.children().isEmpty() ? null : body.children().get(0);
    Xml.Node result = response == null || response.children().isEmpty() ? null : response.children().get(0);
    if (result == null) {
      throw new ImportException(name + ":" + body.line() + ":" + body.column()
          + ": a SOAP envelope with no result in its <Body>; save the whole response again");
    }
    if (!result.children().isEmpty()) return result.children().get(0);
    if (result.text().startsWith("<")) return Xml.parse(result.text(), name + " (the SOAP result)");
    throw new ImportException(name + ":" + result.line() + ":" + result.column() + ": the SOAP result <"
        + result.name() + "> holds no XML; save the whole response again");
  }

  // ---- the service's values ------------------------------------------------------------------------

  private static String at(Xml.Node n, String child, String name) {
    Xml.Node c = n.child(child).orElse(n);
    return name + ":" + c.line() + ":" + c.column();
  }

  /** A whole number, leading and trailing spaces allowed ({@code <meetingscount> 2</meetingscount>}). */
  static int integer(Xml.Node n, String child, String name) throws ImportException {
    String s = n.text(child);
    if (s == null) {
      throw new ImportException(at(n, child, name) + ": <" + n.name() + "> has no <" + child + ">; a Modern.gov response"
          + " always gives one: save the response again");
    }
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new ImportException(at(n, child, name) + ": <" + child + "> reads `" + Text.plain(s)
          + "`, not a whole number");
    }
  }

  /** Modern.gov's True/False (any case); absent reads as False. */
  static boolean flag(Xml.Node n, String child, String name) throws ImportException {
    return n.text(child) != null && bool(n, child, name);
  }

  static boolean bool(Xml.Node n, String child, String name) throws ImportException {
    String s = n.text(child);
    if ("true".equalsIgnoreCase(s)) return true;
    if ("false".equalsIgnoreCase(s)) return false;
    throw new ImportException(at(n, child, name) + ": <" + child + "> reads `" + Text.plain(String.valueOf(s))
        + "`; Modern.gov writes True or False");
  }

  /** A date as Modern.gov writes it, dd/mm/yyyy (a time after it, as some installs add, is ignored). */
  static LocalDate date(Xml.Node n, String child, String name) throws ImportException {
    String s = n.text(child);
    if (s == null) {
      throw new ImportException(at(n, child, name) + ": <" + n.name() + "> has no <" + child + ">; save the response again");
    }
    String day = s.strip().split("\\s+")[0];
    try {
      return LocalDate.parse(day, DMY);
    } catch (DateTimeParseException e) {
      throw new ImportException(at(n, child, name) + ": <" + child + "> reads `" + Text.plain(s)
          + "`, not a date as Modern.gov writes it (dd/mm/yyyy)");
    }
  }

  private static final Pattern TIME = Pattern.compile(
      "(\\d{1,2})(?:[.:](\\d{2}))?\\s*([ap])?\\.?\\s*m?\\.?", Pattern.CASE_INSENSITIVE);

  /** A time as Modern.gov writes it ({@code 10.00 am}, {@code 2 pm}, {@code 13:30}, {@code 12 noon}); empty if unreadable. */
  static Optional<LocalTime> time(String s) {
    if (s == null) return Optional.empty();
    String t = s.strip().toLowerCase(Locale.ROOT);
    if (t.equals("noon") || t.equals("12 noon") || t.equals("12.00 noon") || t.equals("12:00 noon")) {
      return Optional.of(LocalTime.NOON);
    }
    Matcher m = TIME.matcher(t);
    if (!m.matches()) return Optional.empty();
    int h = Integer.parseInt(m.group(1));
    int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    String half = m.group(3);
    if (half == null && m.group(2) == null) return Optional.empty(); // "10" alone: am or pm?
    if (half != null) {
      if (h < 1 || h > 12) return Optional.empty();
      h = h % 12 + (half.equals("p") ? 12 : 0);
    }
    if (h > 23 || min > 59) return Optional.empty();
    return Optional.of(LocalTime.of(h, min));
  }
}
