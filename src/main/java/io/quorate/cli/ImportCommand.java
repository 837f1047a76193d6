package io.quorate.cli;

import io.quorate.engine.Profiles;
import io.quorate.imports.ImportException;
import io.quorate.imports.ModernGov;
import io.quorate.report.AtomicFiles;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quorate import SOURCE}: a council's records in, quorate's YAML out. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Writes quorate's YAML from a council's own records, ready to fill in and check.",
    subcommands = {ImportCommand.ModernGovCommand.class})
final class ImportCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name what to import from: `quorate import moderngov`");
  }

  @Command(
      name = "moderngov",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      sortOptions = false,
      description = {
        "Turns Modern.gov web-service responses into quorate's YAML: a board per committee, a meeting per meeting held."
            + " What the service cannot tell quorate (the terms of reference, seats, the notice date, votes by name) is"
            + " marked FILL-IN or in comments; `quorate check` refuses FILL-IN until it is replaced.",
        "From responses saved earlier (offline):",
        "  quorate import moderngov --saved saved/ --out boards/",
        "From the council's site (every response is saved in OUT/responses/, so the run repeats with --saved):",
        "  quorate import moderngov --out boards/ --site https://democracy.kent.gov.uk",
        "      --committee 144 --from 2025-04-01 --to 2026-03-31",
        "Then: quorate check boards/",
        "A file the import wrote is replaced by a later import only while nobody has edited it (its first line holds a"
            + " checksum); an edited file is kept and named."
      })
  static final class ModernGovCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--saved", paramLabel = "DIR", description = "a folder (or file) of saved GetCommittees, GetMeetings and GetMeeting responses (.xml)")
    Path saved;

    @Option(names = "--site", paramLabel = "URL", description = "the council's Modern.gov site, e.g. https://democracy.kent.gov.uk")
    String site;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write the YAML in (created if need be)")
    Path out;

    @Option(names = "--profile", paramLabel = "P", description = "the built-in profile (terms of reference) of every board imported; without it each board says profile: FILL-IN")
    String profile;

    @Option(names = "--committee", paramLabel = "ID", description = "the Modern.gov committee id (with --site: required; `all` for every committee); with --saved, only that committee")
    String committee;

    @Option(names = "--from", paramLabel = "DATE", description = "first day, YYYY-MM-DD (with --site: required)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day, YYYY-MM-DD (with --site: required)")
    String to;

    @Option(names = "--pace", paramLabel = "SECONDS", defaultValue = "1", description = "with --site: seconds between requests (default: ${DEFAULT-VALUE})")
    double pace;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "with --site: seconds to wait for each answer (default: ${DEFAULT-VALUE}; self-hosted installs are slow)")
    int timeout;

    @Override
    public Integer call() {
      if ((saved == null) == (site == null)) throw usage("give either --saved DIR (responses saved earlier) or --site URL (the council's site)");
      LocalDate first = date("--from", from);
      LocalDate last = date("--to", to);
      if (first != null && last != null && last.isBefore(first)) throw usage("--to " + last + " is before --from " + first);
      Integer id = committee();
      if (profile != null) {
        List<String> known = Profiles.builtIn().boardProfileIds();
        if (!known.contains(profile)) {
          throw usage("unknown --profile `" + profile + "`" + io.quorate.io.Suggest.didYouMean(profile, known)
              + "; the built-in profiles are " + String.join(", ", known));
        }
      }
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter outw = spec.commandLine().getOut();
      ModernGov.Request req = new ModernGov.Request(out, profile, id, first, last);
      ModernGov.Report report;
      try {
        if (saved != null) {
          if (pace != 1 || timeout != 60) throw usage("--pace and --timeout go with --site");
          report = ModernGov.fromSaved(saved, req, AtomicFiles::write);
        } else {
          if (committee == null || first == null || last == null) {
            throw usage("with --site give --committee ID (or all), --from DATE and --to DATE");
          }
          if (pace < 0 || timeout < 1) throw usage("--pace must be 0 or more seconds and --timeout at least 1");
          ModernGov.Site s = new ModernGov.Site(site(), Duration.ofSeconds(timeout),
              Duration.ofMillis(Math.round(pace * 1000)), userAgent());
          report = ModernGov.live(s, req, AtomicFiles::write, err, System.console() != null);
        }
      } catch (ImportException e) {
        // messages name files and addresses, which may hold anything: one plain line each
        for (String line : e.getMessage().split("\n")) err.println(ModernGov.plain(line));
        err.println("Nothing was imported" + (site != null ? " (responses fetched before the problem are saved in "
            + out.resolve(ModernGov.RESPONSES) + ")" : "") + "; fix the problem and run again.");
        err.flush();
        return ExitCodes.INVALID;
      }
      if (report.responses() > 0) {
        outw.println("saved     " + report.responses() + (report.responses() == 1 ? " response" : " responses") + " in "
            + show(out.resolve(ModernGov.RESPONSES)) + " (import them again offline with --saved)");
      }
      for (String line : report.lines(ImportCommand::show)) outw.println(line);
      outw.println("Next: " + (profile == null ? "replace each FILL-IN (the board's profile first), " : "replace each FILL-IN, ")
          + "add what the comments say Modern.gov cannot tell, then run `quorate check " + show(out) + "`.");
      outw.flush();
      return ExitCodes.OK;
    }

    private Integer committee() {
      if (committee == null || committee.equalsIgnoreCase("all")) return null;
      try {
        int n = Integer.parseInt(committee.strip());
        if (n < 1) throw usage("--committee " + n + ": give a committee's own id, or `all` (the import tries 0 and -1,"
            + " the two ids installs use for all committees)");
        return n;
      } catch (NumberFormatException e) {
        throw usage("--committee must be a Modern.gov committee id (a number, as in mgCommitteeDetails.aspx?ID=144) or `all`,"
            + " not `" + ModernGov.plain(committee) + "`");
      }
    }

    private URI site() {
      String s = site.strip().replaceAll("/+$", "");
      if (s.toLowerCase(Locale.ROOT).endsWith("/mgwebservice.asmx")) s = s.substring(0, s.length() - "/mgWebService.asmx".length());
      URI u;
      try {
        u = new URI(s);
      } catch (java.net.URISyntaxException e) {
        throw usage("--site `" + ModernGov.plain(site) + "` is not a web address; give e.g. https://democracy.kent.gov.uk");
      }
      if (u.getScheme() == null || !List.of("http", "https").contains(u.getScheme().toLowerCase(Locale.ROOT))
          || u.getHost() == null || u.getQuery() != null || u.getFragment() != null) {
        throw usage("--site `" + ModernGov.plain(site) + "` is not a web address of a site; give e.g. https://democracy.kent.gov.uk");
      }
      return u;
    }

    static String userAgent() {
      return "quorate/" + VersionProvider.version() + " (compliance checker for the procedure of council meetings;"
          + " reads public Modern.gov records)";
    }

    private LocalDate date(String name, String s) {
      if (s == null) return null;
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        throw usage(name + " must be a real date written YYYY-MM-DD, not `" + ModernGov.plain(s) + "`");
      }
    }

    private CommandLine.ParameterException usage(String message) {
      return new CommandLine.ParameterException(spec.commandLine(), message);
    }
  }

  /** A path as the summary shows it: relative to the working folder when inside it, on one line. */
  static String show(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return ModernGov.plain((abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs) : p).toString());
  }
}
