package io.quorate.io;

import io.quorate.model.AgendaItem;
import io.quorate.model.Attendance;
import io.quorate.model.Board;
import io.quorate.model.Corpus;
import io.quorate.model.Dismissal;
import io.quorate.model.Loc;
import io.quorate.model.Meeting;
import io.quorate.model.Member;
import io.quorate.model.Panel;
import io.quorate.model.Report;
import io.quorate.model.Vote;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads the files and directories given on the command line into a {@link Corpus}, strictly:
 * every problem in every file is collected, and any problem makes the whole load fail with an
 * {@link InputException}, so a check never runs on half-read input.
 */
public final class InputLoader {
  private final Problems problems = new Problems();
  private final Map<Path, String> loaded = new LinkedHashMap<>();
  private final List<Board> boards = new ArrayList<>();
  private final List<Meeting> meetings = new ArrayList<>();
  private final List<Report> reports = new ArrayList<>();
  private final List<Panel> panels = new ArrayList<>();
  private final List<Dismissal> dismissals = new ArrayList<>();
  /** Boards by the file they came from, for {@code board: ./board.yaml} references. */
  private final Map<Path, List<Board>> boardsByFile = new HashMap<>();
  private boolean readFailed;
  /** Where links and references may lead: the folders being checked and the working folder. */
  private InputScope scope;

  private static final String DANGLING_LINK =
      "a symbolic link that leads nowhere (it loops, or its target is missing); fix or remove the link";
  private static final String LINK_ADVICE = "; quorate follows a link only to a YAML file inside the folders being"
      + " checked or the working folder: name the file itself, or replace the link with a copy";

  public static Corpus load(List<Path> paths) {
    return new InputLoader().run(paths);
  }

  private Corpus run(List<Path> paths) {
    if (paths.isEmpty()) {
      problems.add(Loc.of("(command line)"), "no files or directories given; name at least one, e.g. `quorate check examples/`");
    }
    scope = InputScope.of(paths);
    List<Path> all = new ArrayList<>();
    for (Path p : paths) all.addAll(files(p));
    readAll(all);
    // references are checked even when some file could not be read, so one run reports every
    // problem; only "unknown board" is held back then, as the board may be in the unreadable file
    readFailed = !problems.isEmpty();
    List<Meeting> resolved = resolve();
    problems.throwIfAny();
    return new Corpus(List.copyOf(loaded.values()), boards, resolved, reports, panels, dismissals);
  }

  // ---- finding files ----------------------------------------------------------------------------

  private List<Path> files(Path p) {
    String name = p.toString();
    if (!Files.exists(p)) {
      problems.add(Loc.of(name), Files.isSymbolicLink(p) ? DANGLING_LINK : "no such file or directory; check the path");
      return List.of();
    }
    if (!Files.isDirectory(p)) {
      if (!Files.isReadable(p)) {
        problems.add(Loc.of(name), "the file is not readable; check its permissions");
        return List.of();
      }
      return admitted(p) ? List.of(p) : List.of();
    }
    TreeSet<Path> found = new TreeSet<>();
    int before = problems.list().size();
    try {
      Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
              if (dir.equals(p)) return FileVisitResult.CONTINUE;
              if (n.startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
              String refused = Files.isSymbolicLink(dir) ? scope.folderRefusal(dir) : null;
              if (refused != null) {
                problems.add(Loc.of(dir.toString()), "a symbolic link that " + refused + "; skipped it" + LINK_ADVICE);
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String n = file.getFileName().toString();
              if (InputScope.isYamlName(n) && !n.startsWith(".")) {
                if (attrs.isSymbolicLink()) { // the walk follows links: still a link means it leads nowhere
                  problems.add(Loc.of(file.toString()), DANGLING_LINK);
                } else if (admitted(file)) {
                  found.add(file);
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof FileSystemLoopException) {
                problems.add(Loc.of(file.toString()), "a symbolic link loops back to a folder above it; skipped it: remove the link");
              } else {
                problems.add(Loc.of(file.toString()), "cannot read (" + InputFiles.reason(e) + "); check its permissions");
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(Loc.of(name), "cannot read the directory (" + InputFiles.reason(e) + ")");
    }
    if (found.isEmpty() && problems.list().size() == before) { // say nothing more if the walk named a problem
      problems.add(Loc.of(name), "the directory holds no .yaml or .yml files; nothing to check");
    }
    return List.copyOf(found);
  }

  /**
   * Whether a file found or named may be read: one that is a symbolic link must lead to a YAML file
   * inside the scope (see {@link InputScope}); if not, the problem is recorded.
   */
  private boolean admitted(Path file) {
    if (!Files.isSymbolicLink(file)) return true;
    String refused = scope.refusal(file);
    if (refused == null) return true;
    problems.add(Loc.of(file.toString()), "a symbolic link that " + refused + LINK_ADVICE);
    return false;
  }

  /** What one file holds, read on its own (so files can be read in parallel). */
  private record Parsed(Path key, String name, Problems problems, List<Board> boards, List<Meeting> meetings,
      List<Report> reports, List<Panel> panels, List<Dismissal> dismissals) {}

  /** Files at least this many are parsed in parallel; fewer are not worth starting threads for. */
  static final int PARALLEL_FROM = 64;

  /**
   * Reads the files (parsing is the bulk of a large run's time, so many files are parsed in
   * parallel), then adds what they hold in the order given, so the result and every message are the
   * same however the work was scheduled.
   */
  private void readAll(List<Path> files) {
    List<Path> todo = new ArrayList<>();
    java.util.Set<Path> seen = new java.util.HashSet<>(loaded.keySet());
    for (Path f : files) {
      if (seen.add(f.toAbsolutePath().normalize())) todo.add(f);
    }
    var stream = todo.size() >= PARALLEL_FROM ? todo.parallelStream() : todo.stream();
    for (Parsed p : stream.map(InputLoader::parse).toList()) add(p);
  }

  private void readFile(Path file) {
    if (loaded.containsKey(file.toAbsolutePath().normalize())) return;
    add(parse(file));
  }

  private static Parsed parse(Path file) {
    Path key = file.toAbsolutePath().normalize();
    String name = display(file);
    Problems problems = new Problems();
    Parsed p = new Parsed(key, name, problems, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>(), new ArrayList<>());
    Documents.Sinks sinks = new Documents.Sinks(p.boards()::add, p.meetings()::add, p.reports()::add,
        p.panels()::add, p.dismissals()::add);
    // YamlSource refuses recursive alias structures, so reading a document always ends
    for (var doc : YamlSource.read(file, name, problems)) Documents.read(name, doc, problems, sinks);
    return p;
  }

  private void add(Parsed p) {
    loaded.put(p.key(), p.name());
    problems.addAll(p.problems());
    boards.addAll(p.boards());
    if (!p.boards().isEmpty()) boardsByFile.computeIfAbsent(p.key(), k -> new ArrayList<>()).addAll(p.boards());
    meetings.addAll(p.meetings());
    reports.addAll(p.reports());
    panels.addAll(p.panels());
    dismissals.addAll(p.dismissals());
  }

  static String display(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = file.toAbsolutePath().normalize();
    String s = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : file.normalize().toString();
    return s.replace('\\', '/');
  }

  // ---- references ---------------------------------------------------------------------------------

  private List<Meeting> resolve() {
    Map<String, Board> byId = new LinkedHashMap<>();
    for (Board b : boards) {
      if (b.id() == null) continue;
      Board prev = byId.putIfAbsent(b.id(), b);
      if (prev != null && prev != b) {
        problems.add(b.where().at("id"), "board id `" + b.id() + "` is used twice (also at " + prev.where().at("id")
            + "); give each board its own id");
      }
      checkBoard(b);
    }
    List<Meeting> out = new ArrayList<>();
    Map<String, Meeting> meetingIds = new HashMap<>();
    // by index: a board file read by path while resolving may bring more meetings, resolved in turn
    for (int i = 0; i < meetings.size(); i++) {
      Meeting m = meetings.get(i);
      Board b = boardOf(m, byId);
      if (b == null) continue;
      String id = m.id() != null ? m.id() : b.id() + "-" + m.date();
      Meeting r = new Meeting(id, b.id(), m.date(), m.type(), m.noticeSent(), m.noticeRecipients(), m.papersSent(),
          m.convenedBy(), m.business(), m.requisition(), m.agenda(), m.memberRequests(), m.attendance(),
          m.presiding(), m.quorumLostAt(), m.interests(), m.votes(), m.minutes(), m.where(), m.noticeWritten());
      Meeting prev = meetingIds.putIfAbsent(id, r);
      if (prev != null) {
        problems.add(m.where().at("id"), "meeting id `" + id + "` is used twice (also at " + prev.where().self()
            + "); give each meeting its own `id:`");
      }
      checkMeeting(r, b);
      out.add(r);
    }
    for (Report r : reports) {
      if (r.from() != null && !byId.containsKey(r.from())) {
        problems.add(r.where().at("from"), "report from unknown board `" + r.from() + "`"
            + Suggest.didYouMean(r.from(), byId.keySet()) + "; give the id of a board in the files checked");
      }
    }
    Set<String> panelIds = new HashSet<>();
    for (Panel p : panels) {
      if (p.id() != null && !panelIds.add(p.id())) {
        problems.add(p.where().at("id"), "panel id `" + p.id() + "` is used twice; give each panel its own id");
      }
      checkPanel(p);
    }
    return out;
  }

  private Board boardOf(Meeting m, Map<String, Board> byId) {
    String ref = m.board();
    if (ref == null) return null;
    if (ref.contains("/") || InputScope.isYamlName(ref)) {
      Path meetingFile = Path.of(m.file());
      Path target;
      try {
        target = meetingFile.getParent() == null ? Path.of(ref) : meetingFile.getParent().resolve(ref);
      } catch (java.nio.file.InvalidPathException e) {
        problems.add(m.where().at("board"), "board file `" + ref + "` is not a possible path; give a path relative"
            + " to this file or the board's id");
        return null;
      }
      Path key = target.toAbsolutePath().normalize();
      if (!Files.exists(target)) {
        problems.add(m.where().at("board"), "board file `" + ref + "` does not exist (looked for " + display(target)
            + "); give a path relative to this file or the board's id");
        return null;
      }
      String refused = scope.refusal(target);
      if (refused != null) {
        problems.add(m.where().at("board"), "board file `" + ref + "` " + refused + "; a reference must name a"
            + " board's YAML file inside the folders being checked or the working folder");
        return null;
      }
      if (!loaded.containsKey(key)) {
        int before = boards.size();
        readFile(target);
        for (Board b : boards.subList(before, boards.size())) {
          if (b.id() != null) byId.putIfAbsent(b.id(), b);
          checkBoard(b);
        }
      }
      List<Board> inFile = boardsByFile.getOrDefault(key, List.of());
      if (inFile.isEmpty()) {
        problems.add(m.where().at("board"), "`" + ref + "` holds no `kind: board` document");
        return null;
      }
      return inFile.get(0);
    }
    Board b = byId.get(ref);
    if (b == null && !readFailed) {
      problems.add(m.where().at("board"), "unknown board `" + ref + "`" + Suggest.didYouMean(ref, byId.keySet())
          + "; give the id of a board in the files checked, or a relative path to its file"
          + (byId.isEmpty() ? " (no board was found among the files given)" : ""));
    }
    return b;
  }

  // by identity: a record's hashCode would walk every member of the board
  private final Set<Board> checkedBoards = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  private void checkBoard(Board b) {
    if (!checkedBoards.add(b)) return;
    Set<String> ids = new HashSet<>();
    for (Member m : b.members()) {
      if (m.id() != null && !ids.add(m.id())) {
        problems.add(m.where().at("id"), "member `" + m.id() + "` is listed twice in board `" + b.id()
            + "`; list each member once");
      }
    }
    Collection<String> memberIds = memberIds(b.members());
    ref(b.chair(), memberIds, b.where().at("chair"), "chair", b.id());
    ref(b.viceChair(), memberIds, b.where().at("vice-chair"), "vice-chair", b.id());
    if (b.seats() != null && b.seats() < b.members().size()) {
      problems.add(b.where().at("seats"), "board `" + b.id() + "` lists " + b.members().size()
          + " members but has only " + b.seats() + " seats; correct `seats:` or the member list");
    }
  }

  private void checkMeeting(Meeting m, Board b) {
    Collection<String> ids = memberIds(b.members());
    String who = b.id();
    if (m.noticeRecipients() != null) refs(m.noticeRecipients(), ids, m.where().at("notice-recipients"), who);
    if (m.requisition() != null) refs(m.requisition().signedBy(), ids, m.requisition().where().at("signed-by"), who);
    for (AgendaItem a : m.agenda()) ref(a.requestedBy(), ids, a.where().at("requested-by"), "requested-by", who);
    for (Meeting.MemberRequest r : m.memberRequests()) ref(r.member(), ids, r.where().at("member"), "member", who);
    Attendance at = m.attendance();
    refs(at.present(), ids, at.where().at("present"), who);
    Set<String> seen = new HashSet<>();
    for (String p : at.present()) {
      if (!seen.add(p)) {
        problems.add(at.where().at("present"), "`" + p + "` is listed twice under `present`; list each member once");
      }
    }
    for (Attendance.Apology a : at.apologies()) {
      ref(a.member(), ids, a.where().at("member"), "apologies", who);
      if (at.present().contains(a.member())) {
        problems.add(a.where().at("member"), "`" + a.member() + "` is listed both as present and as sending apologies");
      }
    }
    Set<String> substituted = new HashSet<>();
    for (Attendance.Substitute s : at.substitutes()) {
      ref(s.forMember(), ids, s.where().at("for"), "for", who);
      if (s.forMember() != null) substituted.add(s.forMember());
    }
    for (Meeting.Presiding p : m.presiding()) ref(p.member(), ids, p.where().at("member"), "presiding", who);
    for (Meeting.Interest i : m.interests()) ref(i.member(), ids, i.where().at("member"), "member", who);
    for (Vote v : m.votes()) {
      Loc loc = v.where().self();
      refs(v.forVotes(), ids, v.where().at("for"), who);
      refs(v.against(), ids, v.where().at("against"), who);
      refs(v.abstain(), ids, v.where().at("abstain"), who);
      ref(v.castingBy(), ids, v.where().at("casting-by"), "casting-by", who);
      Set<String> voters = new HashSet<>();
      for (String x : concat(v.forVotes(), v.against(), v.abstain())) {
        if (!voters.add(x)) {
          problems.add(loc, "`" + x + "` is recorded as voting more than once on item " + v.item()
              + "; each member votes once");
        } else if (ids.contains(x) && !at.present().contains(x) && !substituted.contains(x) && !recordedAway(x, at, b)) {
          problems.add(loc, "`" + x + "` votes on item " + v.item() + " but is not listed under `attendance:`"
              + " `present:` (nor as substituted for); only members present may vote: add them to `present`"
              + " or correct the vote");
        }
      }
    }
    if (m.minutes() != null) ref(m.minutes().signedBy(), ids, m.minutes().where().at("signed-by"), "signed-by", who);
  }

  /**
   * Whether the attendance records the voter as somewhere other than present (sending apologies, or
   * named under {@code also-present}). A vote by such a member is a recorded irregularity that the
   * voting rules report with their clause (rules-catalogue R32, R93); a voter the attendance does not
   * mention at all is an incomplete record, and an input error.
   */
  private static boolean recordedAway(String id, Attendance at, Board b) {
    if (at.apologies().stream().anyMatch(a -> id.equals(a.member()))) return true;
    String name = b.member(id).map(Member::name).orElse(null);
    return at.alsoPresent().stream().anyMatch(n -> n.equals(id) || (name != null && n.equalsIgnoreCase(name)
        || (name != null && name.toLowerCase().endsWith(n.toLowerCase()))));
  }

  private void checkPanel(Panel p) {
    Collection<String> ids = memberIds(p.members());
    ref(p.chair(), ids, p.where().at("chair"), "chair", p.id());
    for (Panel.PanelMeeting pm : p.meetings()) {
      refs(pm.present(), ids, pm.where().at("present"), p.id());
      ref(pm.presiding(), ids, pm.where().at("presiding"), "presiding", p.id());
    }
  }

  private static Collection<String> memberIds(List<Member> members) {
    Set<String> s = new LinkedHashSet<>();
    for (Member m : members) if (m.id() != null) s.add(m.id());
    return s;
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> out = new ArrayList<>();
    for (List<String> l : lists) out.addAll(l);
    return out;
  }

  private void refs(List<String> refs, Collection<String> ids, Loc loc, String body) {
    for (String r : refs) ref(r, ids, loc, null, body);
  }

  private void ref(String r, Collection<String> ids, Loc loc, String key, String body) {
    if (r == null || ids.contains(r)) return;
    problems.add(loc, "`" + r + "` is not a member of `" + body + "`" + Suggest.didYouMean(r, ids)
        + "; use a member `id` from the board's `members:` list");
  }
}
