package io.quorate.imports;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Modern.gov's records into quorate's YAML: a board per committee, a meeting per meeting held.
 * It writes only what the service says, and marks what it cannot say: the profile (terms of
 * reference) as {@code FILL-IN} unless one is given, the notice date, seats and votes in comments.
 * Where leaving a fact out would make {@code check} judge wrongly (a meeting whose attendance
 * Modern.gov recorded for some members only would read as inquorate; a substitute for an unnamed
 * member), it writes {@code FILL-IN}, which {@code check} refuses until a person replaces it. A fact
 * missing altogether (no attendance at all, no notice date) is left out: {@code check} says which
 * rules it could not judge for want of it.
 */
final class Generator {
  /** What to import, and from where (for the files' header). */
  record Options(String profile, Integer committee, LocalDate from, LocalDate to, LocalDate today, String origin) {}

  /** One file to write, its path relative to the output folder. */
  record Output(String path, String content) {}

  /** The files, and what was left out and why (one line each). */
  record Result(List<Output> files, List<String> skipped, List<String> notes) {}

  /** Remote attendance counted as presence only under SI 2020/392 (4 Apr 2020 to 6 May 2021). */
  static final LocalDate REMOTE_FROM = LocalDate.of(2020, 4, 4);
  static final LocalDate REMOTE_TO = LocalDate.of(2021, 5, 6);

  private final Responses r;
  private final Options o;
  private final List<String> skipped = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private Generator(Responses r, Options o) {
    this.r = r;
    this.o = o;
  }

  static Result generate(Responses r, Options o) {
    return new Generator(r, o).run();
  }

  /** A meeting to write: the listing and the details (either may be missing, not both). */
  private record Held(int id, int committee, LocalDate date, String status, Responses.Listed listed,
      Responses.Detail detail) {}

  private Result run() {
    Map<Integer, List<Held>> byCommittee = new TreeMap<>();
    Map<Integer, List<Held>> cancelled = new TreeMap<>();
    Set<Integer> ids = new java.util.TreeSet<>(r.listed.keySet());
    ids.addAll(r.details.keySet());
    int outside = 0;
    for (int id : ids) {
      Responses.Listed l = r.listed.get(id);
      Responses.Detail d = r.details.get(id);
      if (l == null) {
        skipped.add("meeting " + id + " (" + d.source() + "): no GetMeetings response lists it, so its committee is"
            + " unknown; save the committee's GetMeetings response beside it");
        continue;
      }
      if (o.committee() != null && l.committeeId() != o.committee()) continue;
      LocalDate date = d != null ? d.date() : l.date();
      if ((o.from() != null && date.isBefore(o.from())) || (o.to() != null && date.isAfter(o.to()))) {
        outside++;
        continue;
      }
      String status = d != null && d.status() != null ? d.status() : l.status();
      Held h = new Held(id, l.committeeId(), date, status, l, d);
      if (notHeld(status)) {
        skipped.add("meeting " + id + " of " + date + " (" + l.committeeTitle() + "): " + status
            + " in Modern.gov; a cancelled meeting is not a meeting held, so it is not written");
        cancelled.computeIfAbsent(l.committeeId(), k -> new ArrayList<>()).add(h);
      } else if (date.isAfter(o.today())) {
        skipped.add("meeting " + id + " of " + date + " (" + l.committeeTitle() + "): not held yet; `quorate plan`"
            + " is for meetings to come");
      } else {
        byCommittee.computeIfAbsent(l.committeeId(), k -> new ArrayList<>()).add(h);
      }
    }
    if (outside > 0) {
      notes.add(outside + (outside == 1 ? " meeting" : " meetings") + " in the responses fell outside "
          + range() + (outside == 1 ? " and was left out" : " and were left out")
          + " (the service ignores dates it cannot read and sends every meeting)");
    }
    List<String> idle = r.committees.values().stream()
        .filter(c -> (o.committee() == null || c.id() == o.committee()) && !byCommittee.containsKey(c.id()))
        .map(c -> c.title() + " (" + c.id() + ")").toList();
    if (!idle.isEmpty()) {
      notes.add("no board written for " + idle.size() + (idle.size() == 1 ? " committee" : " committees")
          + " with no meeting held in these responses: " + String.join(", ", idle.subList(0, Math.min(idle.size(), 10)))
          + (idle.size() > 10 ? " and " + (idle.size() - 10) + " more" : ""));
    }
    Map<Integer, String> boardIds = boardIds(byCommittee.keySet());
    List<Output> files = new ArrayList<>();
    int noNotice = 0;
    for (var e : byCommittee.entrySet()) {
      int cid = e.getKey();
      List<Held> meetings = e.getValue();
      meetings.sort(Comparator.comparing(Held::date).thenComparing(Held::id));
      String boardId = boardIds.get(cid);
      Members members = Members.of(meetings);
      files.add(new Output(boardId + "/board.yaml",
          board(cid, boardId, meetings, members, cancelled.getOrDefault(cid, List.of()))));
      Map<LocalDate, Integer> perDay = new HashMap<>();
      for (Held h : meetings) {
        int nth = perDay.merge(h.date(), 1, Integer::sum);
        String suffix = nth == 1 ? "" : "-" + h.id();
        files.add(new Output(boardId + "/meeting-" + h.date() + suffix + ".yaml",
            meeting(h, boardId, boardId + "-" + h.date() + suffix, members)));
        noNotice++;
      }
    }
    if (noNotice > 0) {
      notes.add(noNotice + (noNotice == 1 ? " meeting has" : " meetings have") + " no notice date: Modern.gov does"
          + " not record when the summons went out, so the notice-period rule cannot judge "
          + (noNotice == 1 ? "it" : "them") + " until you add `notice-sent:`");
    }
    return new Result(List.copyOf(files), List.copyOf(skipped), List.copyOf(notes));
  }

  private String range() {
    return (o.from() == null ? "the start" : o.from().toString()) + ".." + (o.to() == null ? "the end" : o.to().toString());
  }

  static boolean notHeld(String status) {
    String s = status == null ? "" : status.toLowerCase(Locale.ROOT);
    return s.contains("cancel") || s.contains("postpone") || s.contains("abandon");
  }

  private String title(int cid) {
    Responses.Committee c = r.committees.get(cid);
    if (c != null && c.title() != null) return c.title();
    for (Responses.Listed l : r.listed.values()) if (l.committeeId() == cid && l.committeeTitle() != null) return l.committeeTitle();
    return "Committee " + cid;
  }

  /** Board ids from the committees' titles, in kebab case; a title two committees share gets the id appended. */
  private Map<Integer, String> boardIds(Set<Integer> committees) {
    Map<String, Integer> uses = new HashMap<>();
    for (int cid : committees) uses.merge(slugOrId(cid), 1, Integer::sum);
    Map<Integer, String> out = new LinkedHashMap<>();
    for (int cid : committees) {
      String s = slugOrId(cid);
      out.put(cid, uses.get(s) > 1 ? s + "-" + cid : s);
    }
    return out;
  }

  private String slugOrId(int cid) {
    String s = Text.kebab(title(cid));
    return s.isEmpty() ? "committee-" + cid : s;
  }

  // ---- people ----------------------------------------------------------------------------------------

  /** How one attendee's entry reads. */
  enum Status { PRESENT, REMOTE, SUBSTITUTE, APOLOGIES, ABSENT, IN_ATTENDANCE, UNKNOWN }

  static Status status(String attendance) {
    String s = attendance == null ? "" : attendance.toLowerCase(Locale.ROOT);
    if (s.contains("substitut")) return Status.SUBSTITUTE;
    if (s.contains("virtual") || s.contains("remote") || s.contains("online")) return Status.REMOTE;
    if (s.startsWith("present") || s.equals("attended")) return Status.PRESENT;
    if (s.startsWith("apolog")) return Status.APOLOGIES;
    if (s.startsWith("absent") || s.startsWith("did not attend") || s.startsWith("not present")) return Status.ABSENT;
    if (s.startsWith("in attendance")) return Status.IN_ATTENDANCE;
    return Status.UNKNOWN; // Expected (the service's status before a meeting), empty, or a word this importer does not know
  }

  private static final Pattern NOT_MEMBER = Pattern.compile(
      "officer|clerk|advis|observer|guest|in attendance|witness|visitor|speaker|support|minute|secretar|director|solicitor|lawyer");

  /** Whether the role is a seat on the committee (not an officer's, adviser's or guest's). */
  static boolean memberRole(String role) {
    String s = role == null ? "" : role.toLowerCase(Locale.ROOT);
    return !NOT_MEMBER.matcher(s).find() && !substituteRole(role);
  }

  static boolean substituteRole(String role) {
    String s = role == null ? "" : role.toLowerCase(Locale.ROOT);
    return s.contains("substitut") || s.contains("reserve");
  }

  static boolean chairRole(String role) {
    String s = role == null ? "" : Text.kebab(role);
    return s.equals("chair") || s.equals("chairman") || s.equals("chairwoman") || s.equals("chairperson")
        || s.equals("chair-of-the-committee");
  }

  static boolean viceChairRole(String role) {
    String s = role == null ? "" : Text.kebab(role);
    return s.matches("(vice|deputy)-(chair|chairman|chairwoman|chairperson)");
  }

  private static final Pattern TITLES = Pattern.compile(
      "^(councillor|cllr\\.?|county councillor|mayor|alderman|mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|rev\\.?|revd\\.?|prof\\.?)\\s+",
      Pattern.CASE_INSENSITIVE);

  /** The members of a committee: everyone its meetings list in a member's role, by the service's member id. */
  record Members(Map<String, Responses.Attendee> latest, Map<String, String> ids) {
    static Members of(List<Held> meetings) {
      Map<String, Responses.Attendee> latest = new LinkedHashMap<>();
      for (Held h : meetings) {
        if (h.detail() == null) continue;
        for (Responses.Attendee a : h.detail().attendees()) {
          if (a.name() == null || !memberRole(a.role())) continue;
          latest.remove(key(a));
          latest.put(key(a), a); // the latest meeting's entry, so the role is the latest one
        }
      }
      Map<String, Integer> uses = new HashMap<>();
      for (Responses.Attendee a : latest.values()) uses.merge(slug(a), 1, Integer::sum);
      Map<String, String> ids = new TreeMap<>();
      for (var e : latest.entrySet()) {
        String s = slug(e.getValue());
        String id = uses.get(s) > 1 && e.getValue().memberId() != null ? s + "-" + Text.kebab(e.getValue().memberId()) : s;
        ids.put(e.getKey(), id);
      }
      return new Members(latest, ids);
    }

    static String key(Responses.Attendee a) {
      return a.memberId() != null ? "id:" + a.memberId() : "name:" + a.name();
    }

    static String slug(Responses.Attendee a) {
      String s = Text.kebab(TITLES.matcher(a.name()).replaceFirst(""));
      return s.isEmpty() ? "member-" + Text.kebab(a.memberId()) : s;
    }

    String id(Responses.Attendee a) {
      return ids.get(key(a));
    }
  }

  // ---- the board -------------------------------------------------------------------------------------

  private String board(int cid, String boardId, List<Held> meetings, Members members, List<Held> cancelled) {
    Yaml y = new Yaml();
    y.comment(0, title(cid) + ": imported from Modern.gov (committee " + cid + ", " + o.origin() + ").");
    y.comment(0, FILL_IN_NOTE);
    y.raw(0, "kind", "board");
    y.str(0, "id", boardId);
    y.str(0, "name", title(cid));
    if (o.profile() != null) {
      y.raw(0, "profile", Yaml.quote(o.profile()), "the terms of reference, given with --profile");
    } else {
      y.comment(0, "The committee's terms of reference are not in Modern.gov: replace FILL-IN with a built-in profile\n"
          + "(`quorate rules` lists what each one checks), or import again with --profile.");
      y.raw(0, "profile", Yaml.FILL_IN);
    }
    Responses.Committee c = r.committees.get(cid);
    if (c != null && (c.deleted() || c.expired())) {
      y.comment(0, "Modern.gov marks this committee " + (c.deleted() ? "deleted" : "expired") + ".");
    }
    y.comment(0, "seats: how many seats the committee has is not in Modern.gov; add `seats: N` from the council's\n"
        + "constitution. Without it quorate counts the members listed below (a quorum is worked out from them).");
    if (members.latest().isEmpty()) {
      y.comment(0, "No member is listed: no meeting imported names one. Add the committee's members.");
      y.raw(0, "members", "[]");
    } else {
      y.raw(0, "members", null);
      y.comment(2, "Everyone Modern.gov lists in a member's role at the meetings imported, with their latest role;\n"
          + "a member listed at none of them is missing here: add them from the committee's membership page.");
      for (Responses.Attendee a : members.latest().values()) {
        y.str(2, "- id", members.id(a));
        y.str(4, "name", a.name());
        if (a.role() != null) y.str(4, "role", a.role());
        if (a.party() != null) y.str(4, "party", a.party());
      }
    }
    chair(y, "chair", members, Generator::chairRole);
    chair(y, "vice-chair", members, Generator::viceChairRole);
    if (!cancelled.isEmpty()) {
      StringBuilder s = new StringBuilder("Cancelled in Modern.gov, so not written as meetings (a cancelled meeting is"
          + " not a meeting held):");
      for (Held h : cancelled) s.append("\n  ").append(h.date()).append(" (meeting ").append(h.id()).append(", ")
          .append(h.status()).append(')');
      y.comment(0, s.toString());
    }
    return y.toString();
  }

  /** {@code chair:} (or vice-chair) when exactly one member's latest role is that office. */
  private static void chair(Yaml y, String key, Members members, java.util.function.Predicate<String> office) {
    List<Responses.Attendee> holders = members.latest().values().stream().filter(a -> office.test(a.role())).toList();
    if (holders.size() == 1) {
      y.raw(0, key, Yaml.quote(members.id(holders.get(0))), "Modern.gov's role \"" + holders.get(0).role() + "\"");
    } else if (holders.size() > 1) {
      y.comment(0, key + ": Modern.gov gives " + holders.size() + " members this role over the meetings imported;"
          + " write the one who holds it now");
    }
  }

  // ---- a meeting -------------------------------------------------------------------------------------

  static final String FILL_IN_NOTE = "FILL-IN marks what the service cannot tell quorate: `quorate check` refuses it"
      + " until you replace it.\nOnce you edit this file, a later import leaves it alone (the checksum above tells).";

  private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)");

  private String meeting(Held h, String boardId, String meetingId, Members members) {
    Responses.Detail d = h.detail();
    Yaml y = new Yaml();
    y.comment(0, "Imported from Modern.gov meeting " + h.id() + " ("
        + fileName(d != null ? d.source() : h.listed().source()) + ").");
    y.comment(0, FILL_IN_NOTE);
    y.raw(0, "kind", "meeting");
    y.str(0, "id", meetingId);
    y.str(0, "board", boardId);
    y.raw(0, "date", h.date().toString());
    String time = d != null && d.time() != null ? d.time() : h.listed().time();
    StringBuilder facts = new StringBuilder("Modern.gov: ").append(h.status() == null ? "no status" : h.status());
    Responses.time(time).ifPresentOrElse(t -> facts.append(", at ").append(t),
        () -> { if (time != null) facts.append(", at ").append(time); });
    if (d != null && d.location() != null) facts.append(", ").append(d.location());
    y.comment(0, facts.toString());
    y.comment(0, "type: whether this was an ordinary or a special meeting is not in Modern.gov; quorate reads it as\n"
        + "ordinary unless you write `type: special` (or requisitioned, reconvened).");
    y.comment(0, "notice-sent: the date the summons went out is not in Modern.gov: add it (YYYY-MM-DD) from the\n"
        + "summons, or the notice-period rule cannot judge this meeting.");
    if (d == null) {
      y.comment(0, "No GetMeeting response was imported for this meeting, so its agenda and attendance are missing:\n"
          + "import it again with that response, or fill them in from the minutes.");
      y.comment(0, "votes: Modern.gov does not record votes by name; add them from the minutes.");
      return y.toString();
    }
    papers(y, h, d);
    boolean decisions = agenda(y, d);
    attendance(y, h, d, members, decisions);
    y.comment(0, "votes: Modern.gov does not record votes by name; add them from the minutes (`quorate schema`\n"
        + "lists the keys).");
    return y.toString();
  }

  /** The file name of a response (its folder differs between a live run and a run from saved responses). */
  private static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }

  private static void papers(Yaml y, Held h, Responses.Detail d) {
    LocalDate first = d.items().stream().flatMap(i -> i.published().stream()).min(Comparator.naturalOrder()).orElse(null);
    if (first == null) {
      y.comment(0, "papers-sent: no agenda document carries a publication date; add the date the papers went out.");
    } else if (!first.isBefore(h.date())) {
      y.comment(0, "papers-sent: the earliest agenda document is dated " + first + ", not before the meeting (probably\n"
          + "published afterwards), so it is not used; add the date the papers went out.");
    } else {
      y.comment(0, "papers-sent: the earliest publication date of the agenda's documents on the council's website, a\n"
          + "proxy for the dispatch of the papers; replace it with the dispatch date if you have it.");
      y.raw(0, "papers-sent", first.toString());
    }
  }

  /** Writes the agenda; says whether any item is business requiring a decision. */
  private static boolean agenda(Yaml y, Responses.Detail d) {
    if (d.items().isEmpty()) {
      y.comment(0, "agenda: Modern.gov lists no agenda items for this meeting; add them from the agenda.");
      return false;
    }
    y.raw(0, "agenda", null);
    y.comment(2, "decision: true where Modern.gov flags a decision; it does not flag every item decided (approving\n"
        + "the minutes, for one): mark those too. kind: is read from the title: check it.");
    boolean decisions = false;
    int position = 0;
    for (Responses.Item i : d.items()) {
      position++;
      String number = i.number() == null ? "" : i.number().replaceAll("\\.$", "");
      Matcher m = LEADING_NUMBER.matcher(number);
      if (m.find() && m.group(1).length() < 9) {
        if (m.group(1).equals(number)) {
          y.raw(2, "- item", m.group(1));
        } else {
          y.raw(2, "- item", m.group(1), "numbered " + number + " on the agenda");
        }
      } else {
        y.raw(2, "- item", String.valueOf(position), number.isEmpty() ? "no number in Modern.gov: its place on the agenda"
            : "numbered " + number + " on the agenda");
      }
      if (i.title() != null) y.str(4, "title", i.title());
      String kind = kind(i.title());
      if (kind != null) y.raw(4, "kind", kind);
      if (i.decision()) {
        y.raw(4, "decision", "true");
        decisions = true;
      }
      if ("election".equals(kind)) decisions = true;
      if (i.declarations() > 0) {
        y.comment(4, "Modern.gov records " + i.declarations() + (i.declarations() == 1 ? " declaration" : " declarations")
            + " of interest on this item: add " + (i.declarations() == 1 ? "it" : "them") + " under `interests:` (member, item,\n"
            + "kind) from the minutes.");
      }
    }
    return decisions;
  }

  /** The agenda item kinds a title states plainly; null when it does not. */
  static String kind(String title) {
    if (title == null) return null;
    String t = title.toLowerCase(Locale.ROOT).strip();
    if (t.startsWith("minutes")) return "minutes";
    if (t.startsWith("apologies")) return "apologies";
    if (t.startsWith("declaration") || t.startsWith("disclosure")) return "declarations";
    if (t.matches("(election|appointment) of (the )?(chair|vice|deputy).*")) return "election";
    return null;
  }

  private void attendance(Yaml y, Held h, Responses.Detail d, Members members, boolean decisions) {
    List<String> present = new ArrayList<>();
    List<String[]> apologies = new ArrayList<>(); // id, status
    List<Responses.Attendee> substitutes = new ArrayList<>();
    List<String> also = new ArrayList<>();
    List<String> unmapped = new ArrayList<>();
    boolean recorded = false;
    boolean remoteCounts = !h.date().isBefore(REMOTE_FROM) && !h.date().isAfter(REMOTE_TO);
    Set<String> seen = new HashSet<>();
    for (Responses.Attendee a : d.attendees()) {
      if (a.name() == null) continue;
      Status s = status(a.attendance());
      if (s != Status.UNKNOWN) recorded = true;
      String label = a.name() + (a.role() == null ? "" : " (" + a.role() + ")");
      String id = members.id(a);
      if (id != null && !seen.add(id)) continue;
      switch (s) {
        case PRESENT -> {
          if (id != null) present.add(id);
          else if (substituteRole(a.role())) substitutes.add(a);
          else also.add(label);
        }
        case REMOTE -> {
          if (id != null && remoteCounts) {
            present.add(id);
          } else {
            also.add(label);
            if (id != null) {
              unmapped.add(a.name() + ": \"" + a.attendance() + "\"; remote attendance is not presence at a meeting in"
                  + " England after 6 May 2021 (Hertfordshire CC v SSHCLG [2021] EWHC 1093 (Admin)), so listed under"
                  + " also-present");
            }
          }
        }
        case SUBSTITUTE -> substitutes.add(a);
        case APOLOGIES -> {
          if (id != null) apologies.add(new String[] {id, a.attendance()});
          else unmapped.add(a.name() + ": \"" + a.attendance() + "\" (not a member's role, so not written)");
        }
        case IN_ATTENDANCE -> also.add(label);
        case ABSENT -> unmapped.add(a.name() + ": \"" + a.attendance() + "\", neither present nor sending apologies");
        case UNKNOWN -> unmapped.add(a.name() + ": " + (a.attendance() == null ? "no attendance status"
            : "\"" + a.attendance() + "\"") + ", so not known");
      }
    }
    if (!recorded) {
      String who = d.attendees().isEmpty() ? "no one" : d.attendees().size() + (d.attendees().size() == 1 ? " person" : " people");
      y.comment(0, "attendance: Modern.gov lists " + who + " for this meeting with no attendance recorded (\"Expected\" is its\n"
          + "status before a meeting), so who was present is not known: copy it from the minutes.");
      if (decisions) {
        y.comment(0, "This meeting has business requiring a decision: until `attendance: present:` lists who was there,\n"
            + "`check` reports its quorum as not judged.");
      }
      return;
    }
    long unknownMembers = d.attendees().stream()
        .filter(a -> members.id(a) != null && status(a.attendance()) == Status.UNKNOWN).count();
    y.raw(0, "attendance", null);
    List<String> listed = new ArrayList<>(present.stream().map(Yaml::quote).toList());
    if (decisions && unknownMembers > 0) {
      y.comment(2, "Modern.gov records no attendance for " + unknownMembers + (unknownMembers == 1 ? " member" : " members")
          + " (below) and this meeting has business requiring a decision:\nreplace FILL-IN with those of them who were"
          + " present, or delete it if none was, so the quorum is judged on the facts.");
      listed.add(Yaml.FILL_IN);
    }
    y.raw(2, "present", "[" + String.join(", ", listed) + "]");
    if (!apologies.isEmpty()) {
      y.raw(2, "apologies", null);
      y.comment(4, "when each apology was given, and any reason, are not in Modern.gov: add `notified:` and `reason:`.");
      for (String[] a : apologies) y.str(4, "- member", a[0]);
    }
    if (!substitutes.isEmpty()) {
      y.raw(2, "substitutes", null);
      y.comment(4, "Modern.gov does not say whom each substitute stood in for: replace FILL-IN with that member's id.");
      for (Responses.Attendee a : substitutes) {
        y.raw(4, "- for", Yaml.FILL_IN);
        y.str(6, "name", a.name());
      }
    }
    if (!also.isEmpty()) {
      y.raw(2, "also-present", "[" + String.join(", ", also.stream().map(Yaml::quote).toList()) + "]");
    }
    if (!unmapped.isEmpty()) {
      y.comment(2, "Not written as present or as apologies:\n" + String.join("\n", unmapped.stream().map(s -> "  " + s).toList()));
    }
  }
}
