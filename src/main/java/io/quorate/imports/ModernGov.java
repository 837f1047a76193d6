package io.quorate.imports;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code quorate import moderngov}: a council's Modern.gov records in, quorate's YAML out, from
 * responses saved earlier or fetched live (and then saved beside the YAML, so the run can be
 * repeated offline and audited).
 */
public final class ModernGov {
  private ModernGov() {}

  /** The folder under --out that live runs save responses in. */
  public static final String RESPONSES = "responses";

  /**
   * What to import.
   *
   * @param profile the built-in profile for every board, or null for the FILL-IN placeholder
   * @param committee only this committee (a Modern.gov id), or null for all
   * @param from first day, or null
   * @param to last day, or null
   */
  public record Request(Path out, String profile, Integer committee, LocalDate from, LocalDate to) {}

  /** How to call a site. */
  public record Site(URI site, Duration timeout, Duration pace, String userAgent) {}

  /** What the import did, one line each, for the person who ran it. */
  public record Report(List<Folder.Outcome> files, List<String> skipped, List<String> notes, int responses) {
    public List<String> lines(java.util.function.Function<Path, String> show) {
      List<String> out = new ArrayList<>();
      // the words are the import's, the names in them the records' and the user's: one plain line each
      for (Folder.Outcome f : files) out.add(f.what().startsWith("kept") ? "kept      " + show.apply(f.path()) + ": "
          + f.what().substring("kept: ".length()) : String.format("%-9s %s", f.what(), show.apply(f.path())));
      for (String s : skipped) out.add("skipped   " + Text.plain(s));
      for (String n : notes) out.add("note      " + Text.plain(n));
      return out;
    }
  }

  /** Text on one line with no control characters, for messages that repeat what a user typed. */
  public static String plain(String s) {
    return Text.plain(s);
  }

  /** Today in England, for "not held yet". */
  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/London"));
  }

  /**
   * Imports responses saved earlier: every {@code .xml} file under {@code saved} (or that one file).
   *
   * @throws ImportException listing every file that could not be read, before anything is written
   */
  public static Report fromSaved(Path saved, Request req, Folder.Writer writer) throws ImportException {
    Responses r = new Responses();
    List<String> problems = new ArrayList<>();
    List<Path> files = xmlFiles(saved);
    for (Path f : files) {
      try {
        r.add(read(f), f.toString());
      } catch (ImportException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) throw new ImportException(String.join("\n", problems));
    String origin = "responses saved in " + saved;
    return write(r, req, origin, writer, 0);
  }

  private static List<Path> xmlFiles(Path saved) throws ImportException {
    if (!Files.exists(saved)) throw new ImportException(saved + ": no such file or folder; check --saved");
    if (Files.isRegularFile(saved)) return List.of(saved);
    try (Stream<Path> s = Files.walk(saved, 8)) {
      List<Path> found = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase().endsWith(".xml"))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().toList();
      if (found.isEmpty()) {
        throw new ImportException(saved + ": no .xml files in it; save there the responses of GetCommittees,"
            + " GetMeetings and GetMeeting from the council's mgWebService.asmx");
      }
      return found;
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ImportException(saved + ": cannot read the folder (" + e.getMessage() + ")");
    }
  }

  private static String read(Path f) throws ImportException {
    try {
      if (Files.size(f) > Service.MAX_BYTES) {
        throw new ImportException(f + ": larger than " + (Service.MAX_BYTES >> 20) + " MiB, far more than any Modern.gov"
            + " response; not read");
      }
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new ImportException(f + ": not UTF-8 text, as Modern.gov's responses are; save the response again");
    } catch (IOException e) {
      throw new ImportException(f + ": cannot read (" + Folder.reason(e) + "); check its permissions");
    }
  }

  /**
   * Fetches the committee's meetings in the period, then each meeting held, saving every response
   * under {@code <out>/responses/}, and writes the YAML from them.
   *
   * @param committee a Modern.gov committee id, or null for all committees
   */
  public static Report live(Site site, Request req, Folder.Writer writer, PrintWriter err, boolean terminal)
      throws ImportException {
    Service s = new Service(site.site(), site.timeout(), site.pace(), site.userAgent(), err);
    Folder folder = new Folder(req.out(), writer);
    Responses r = new Responses();
    String from = req.from().format(Responses.DMY);
    String to = req.to().format(Responses.DMY);
    // the "all committees" id is 0 on some installs, -1 on others: ask with 0, and with -1 if 0 finds nothing
    List<Integer> asks = req.committee() != null ? List.of(req.committee()) : List.of(0, -1);
    int saved = 0;
    ImportException lastFailure = null;
    for (int cid : asks) {
      String name = RESPONSES + "/GetMeetings_committee-" + (cid < 0 ? "minus" + -cid : String.valueOf(cid)) + "_"
          + req.from() + "_" + req.to() + ".xml";
      String xml;
      try {
        xml = s.call("GetMeetings", Service.params("lCommitteeId", String.valueOf(cid), "sFromDate", from, "sToDate", to));
      } catch (ImportException e) {
        if (req.committee() != null) throw e;
        lastFailure = e;
        continue;
      }
      Path p = folder.save(name, xml);
      saved++;
      r.add(xml, p.toString());
      lastFailure = null;
      if (req.committee() != null || r.listsRead.get(p.toString()) > 0) break;
      if (cid == 0) err.println("quorate: committee id 0 (all committees) found none on this site; asking with -1, as some installs use");
    }
    if (lastFailure != null) throw lastFailure;
    LocalDate today = today();
    List<Responses.Listed> wanted = r.listed.values().stream()
        .filter(l -> !l.date().isBefore(req.from()) && !l.date().isAfter(req.to()))
        .filter(l -> !Generator.notHeld(l.status()) && !l.date().isAfter(today)).toList();
    Progress progress = new Progress(err, terminal, wanted.size());
    for (Responses.Listed l : wanted) {
      String xml = s.call("GetMeeting", Service.params("lMeetingId", String.valueOf(l.id())));
      Path p = folder.save(RESPONSES + "/GetMeeting_" + l.id() + ".xml", xml);
      saved++;
      r.add(xml, p.toString());
      progress.step();
    }
    progress.done();
    return write(r, req, site.site().toString(), writer, saved);
  }

  private static Report write(Responses r, Request req, String origin, Folder.Writer writer, int responses)
      throws ImportException {
    Generator.Result g = Generator.generate(r, new Generator.Options(req.profile(), req.committee(), req.from(), req.to(),
        today(), origin));
    List<Folder.Outcome> files = new Folder(req.out(), writer).write(g.files());
    return new Report(files, g.skipped(), g.notes(), responses);
  }

  /** Progress on stderr: a bar that redraws itself on a terminal, a plain count every ten otherwise. */
  static final class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private int done;

    Progress(PrintWriter err, boolean terminal, int total) {
      this.err = err;
      this.terminal = terminal;
      this.total = total;
    }

    void step() {
      done++;
      if (terminal) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        err.print("\rquorate: fetching meetings [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
        err.flush();
      } else if (done % 10 == 0 && done < total) {
        err.println("quorate: fetched " + done + " of " + total + " meetings");
        err.flush();
      }
    }

    void done() {
      if (terminal && total > 0) err.println();
      if (total > 0) err.println("quorate: fetched " + done + " of " + total + (total == 1 ? " meeting" : " meetings"));
      err.flush();
    }
  }
}
