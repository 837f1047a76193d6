package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What quorate reads, and what it will not: links and {@code board:} references only to YAML files
 * inside the folders checked or the working folder, only regular files (a device or a pipe never
 * hangs or floods it), no {@code @file} expansion, no empty path, and no error message that quotes
 * a file that is not a YAML input (a secret reached by a link, a reference or a wrong option must
 * never reach CI logs). Each test runs the command line as a user would and checks the exit code,
 * the exact message, and that the secret appears nowhere.
 */
class InputSafetyTest {
  @TempDir Path dir;

  /** What a secret looks like: a credentials line, as in ~/.git-credentials. */
  static final String SECRET = "https://someone:ghp_SECRET0123456789@github.com";

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** The real path of a file under the temporary folder, as the messages show it (outside the working folder). */
  String real(String name) throws IOException {
    return dir.resolve(name).toRealPath().toString();
  }

  static void quotesNoSecret(Cli r) {
    assertThat(r.out() + r.err()).doesNotContain("SECRET").doesNotContain("ghp_").doesNotContain("someone");
  }

  /** No {@code NAME=} of this process's environment, nor any long value of it, as {@code /proc/self/environ} holds them. */
  static void quotesNoEnvironment(String text) {
    for (Map.Entry<String, String> e : System.getenv().entrySet()) {
      assertThat(text).as(e.getKey()).doesNotContain(e.getKey() + "=");
      if (e.getValue().length() >= 16) assertThat(text).as(e.getKey()).doesNotContain(e.getValue());
    }
  }

  // ---- 5: *.YAML and *.Yml in a folder ---------------------------------------------------------------

  @Test
  void yamlFilesAreFoundInAFolderWhateverTheCaseOfTheirExtension() throws IOException {
    write("mixed/BOARD.YAML", HostileInputTest.BOARD);
    write("mixed/meeting.Yml", "kind: meeting\nboard: kent-hwb\ndate: 2013-05-29\nnotice-sent: 2013-05-20\n");
    write("mixed/notes.txt", "not YAML");
    Cli r = Cli.run("check", "--format", "junit", dir.resolve("mixed").toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("BOARD.YAML").contains("meeting.Yml").doesNotContain("notes.txt");
    // a board reference in capitals is a path too
    write("mixed/m2.yaml", "kind: meeting\nboard: BOARD.YAML\ndate: 2013-06-05\nnotice-sent: 2013-05-24\n");
    Cli ref = Cli.run("check", dir.resolve("mixed/m2.yaml").toString());
    assertThat(ref.err()).isEmpty();
    assertThat(ref.out()).contains("2 files checked");
  }

  // ---- 7: links and references stay inside the folders checked; nothing else is quoted --------------

  @Test
  void aReferenceToAFileOutsideTheFoldersCheckedIsRefusedAndNotRead() throws IOException {
    write("secret.env", SECRET + "\n");
    write("elsewhere/board.yaml", HostileInputTest.BOARD);
    Path m = write("check/m.yaml", "kind: meeting\nboard: ../secret.env\ndate: 2013-05-29\n---\n"
        + "kind: meeting\nboard: ../elsewhere/board.yaml\ndate: 2013-06-05\n---\n"
        + "kind: meeting\nboard: /proc/self/environ\ndate: 2013-06-12\n");
    Cli r = Cli.run("check", dir.resolve("check").toString());
    assertThat(r.exit()).isEqualTo(2);
    String rest = "; a reference must name a board's YAML file inside the folders being checked or the working folder";
    assertThat(r.err().lines().toList()).containsExactly(
        m + ":2:8: error: board file `../secret.env` leads to `" + real("secret.env") + "`, outside the folders"
            + " being checked and the working folder" + rest,
        m + ":6:8: error: board file `../elsewhere/board.yaml` leads to `" + real("elsewhere/board.yaml")
            + "`, outside the folders being checked and the working folder" + rest,
        m + ":10:8: error: board file `/proc/self/environ` leads to `" + Path.of("/proc/self/environ").toRealPath()
            + "`, outside the folders being checked and the working folder" + rest,
        "3 problems in the input; nothing was checked. Fix them and run again.");
    quotesNoSecret(r);
    quotesNoEnvironment(r.err());
  }

  @Test
  void aReferenceInsideTheFoldersCheckedMustStillBeAYamlFile() throws IOException {
    write("check/notes.txt", SECRET + "\n");
    Files.createDirectories(dir.resolve("check/sub"));
    Path m = write("check/m.yaml", "kind: meeting\nboard: ./notes.txt\ndate: 2013-05-29\n---\n"
        + "kind: meeting\nboard: sub/\ndate: 2013-06-05\n");
    Cli r = Cli.run("check", m.toString());
    assertThat(r.err().lines().toList()).containsExactly(
        m + ":2:8: error: board file `./notes.txt` leads to `" + real("check/notes.txt") + "`, which is not a .yaml"
            + " or .yml file; a reference must name a board's YAML file inside the folders being checked or the"
            + " working folder",
        m + ":6:8: error: board file `sub/` leads to `" + real("check/sub") + "`, which is not a .yaml or .yml file;"
            + " a reference must name a board's YAML file inside the folders being checked or the working folder",
        "2 problems in the input; nothing was checked. Fix them and run again.");
    quotesNoSecret(r);
  }

  @Test
  void aReferenceThatIsNoPossiblePathIsAnInputErrorNotACrash() throws IOException {
    Path m = write("nul.yaml", "kind: meeting\nboard: \"a\\0b.yaml\"\ndate: 2013-05-29\n");
    Cli r = Cli.run("check", m.toString());
    assertThat(r.exit()).isEqualTo(2);
    // refused as a control character in a value before it is ever taken as a path
    assertThat(r.err().lines().toList()).containsExactly(m + ":2:8: error: `board` in this meeting contains the control"
        + " character U+0000 (NULL), which quorate does not accept in a value: remove it (it may come from an escape such"
        + " as \\e or \\x1b in quotes, or from pasted text)",
        "1 problem in the input; nothing was checked. Fix it and run again.");
  }

  @Test
  void aCommittedLinkToAFileOutsideIsRefusedAndNotRead() throws IOException {
    write("home/.git-credentials", SECRET + "\n");
    write("home/secret.yaml", "kind: " + SECRET + "\n");
    write("repo/board.yaml", HostileInputTest.BOARD);
    Path x = Files.createSymbolicLink(dir.resolve("repo/x.yaml"), dir.resolve("home/.git-credentials"));
    Path y = Files.createSymbolicLink(dir.resolve("repo/y.yaml"), dir.resolve("home/secret.yaml"));
    Path linked = Files.createSymbolicLink(dir.resolve("repo/linked"), dir.resolve("home"));
    String advice = "; quorate follows a link only to a YAML file inside the folders being checked or the working"
        + " folder: name the file itself, or replace the link with a copy";
    Cli r = Cli.run("check", dir.resolve("repo").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().toList()).containsExactly(
        linked + ": error: a symbolic link that leads to `" + real("home") + "`, outside the folders being checked"
            + " and the working folder; skipped it" + advice,
        x + ": error: a symbolic link that leads to `" + real("home/.git-credentials") + "`, outside the folders"
            + " being checked and the working folder" + advice,
        y + ": error: a symbolic link that leads to `" + real("home/secret.yaml") + "`, outside the folders"
            + " being checked and the working folder" + advice,
        "3 problems in the input; nothing was checked. Fix them and run again.");
    quotesNoSecret(r);
    // named on the command line, the link is judged the same way
    Cli named = Cli.run("check", x.toString());
    assertThat(named.err()).startsWith(x + ": error: a symbolic link that leads to `" + real("home/.git-credentials"));
    quotesNoSecret(named);
    // a link to a file that is not YAML, inside the folder, is refused too
    Files.delete(x);
    Files.delete(y);
    Files.delete(linked);
    write("repo/.env", SECRET + "\n");
    Path env = Files.createSymbolicLink(dir.resolve("repo/env.yaml"), dir.resolve("repo/.env"));
    Cli inside = Cli.run("check", dir.resolve("repo").toString());
    assertThat(inside.err().lines().toList()).containsExactly(env + ": error: a symbolic link that leads to `"
        + real("repo/.env") + "`, which is not a .yaml or .yml file" + advice,
        "1 problem in the input; nothing was checked. Fix it and run again.");
    quotesNoSecret(inside);
  }

  @Test
  void aLinkedWaiversFileLeadingOutsideIsRefused() throws IOException {
    write("home/.git-credentials", SECRET + "\n");
    write("repo/board.yaml", HostileInputTest.BOARD);
    Path w = Files.createSymbolicLink(dir.resolve("repo/.quorate-waivers.yaml"), dir.resolve("home/.git-credentials"));
    Cli r = Cli.run("check", dir.resolve("repo").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().toList()).containsExactly(w + ": error: a symbolic link that leads to `"
        + real("home/.git-credentials") + "`, outside the folders being checked and the working folder; quorate"
        + " follows a link only to a YAML file inside the folders being checked or the working folder: replace the"
        + " link with a copy, or give the file with --waivers",
        "1 problem in the input; nothing was checked. Fix it and run again.");
    quotesNoSecret(r);
  }

  @Test
  void aBaselineOrHolidayFileThatIsNotOneIsNamedButNotQuoted() throws IOException {
    Path ok = write("board.yaml", HostileInputTest.BOARD);
    Path creds = write("creds", SECRET + "\n");
    Cli baseline = Cli.run("check", ok.toString(), "--baseline", creds.toString());
    assertThat(baseline.exit()).isEqualTo(2);
    assertThat(baseline.err()).startsWith("quorate: " + creds + " is not a quorate baseline (not valid JSON at line 1,"
        + " column 7); write one with --write-baseline " + creds);
    quotesNoSecret(baseline);
    Path shaped = write("shaped.json", "{\"tool\": \"quorate\", \"" + SECRET + "\": 1}");
    Cli wrongShape = Cli.run("check", ok.toString(), "--baseline", shaped.toString());
    assertThat(wrongShape.err()).startsWith("quorate: " + shaped + " is not a quorate baseline (no findings list)");
    quotesNoSecret(wrongShape);

    Cli holidays = Cli.run("days", "2013-05-20", "2013-05-29", "--holidays", creds.toString());
    assertThat(holidays.exit()).isEqualTo(2);
    assertThat(holidays.err()).isEqualTo("quorate: Bank-holiday file " + creds + " is not valid JSON at line 1, column"
        + " 7; download a fresh copy from https://www.gov.uk/bank-holidays.json." + System.lineSeparator());
    Path date = write("date.json", "{\"england-and-wales\": {\"events\": [{\"date\": \"" + SECRET + "\"}]}}");
    Cli badDate = Cli.run("days", "2013-05-20", "2013-05-29", "--holidays", date.toString());
    assertThat(badDate.err()).contains(" has a date that is not a real YYYY-MM-DD date in 1970-2100 at line 1, column 44");
    quotesNoSecret(badDate);

    Cli environ = Cli.run("check", ok.toString(), "--baseline", "/proc/self/environ");
    assertThat(environ.exit()).isEqualTo(2);
    quotesNoEnvironment(environ.err());
  }

  // ---- 10: no @file expansion ---------------------------------------------------------------------------

  @Test
  void anArgumentStartingWithAtIsAPathNeverAFileOfOptions() throws IOException {
    Path ok = write("board.yaml", HostileInputTest.BOARD);
    Path victim = write("victim.txt", "keep me\n");
    Path opts = write("opts", "--format\njson=" + victim + "\n");
    for (Cli r : List.of(Cli.run("check", ok.toString(), "@" + opts), Cli.main("check", ok.toString(), "@" + opts))) {
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).startsWith("@" + opts + ": error: no such file or directory; check the path");
      assertThat(Files.readString(victim)).isEqualTo("keep me\n");
    }
    for (Cli r : List.of(Cli.run("check", ok.toString(), "@/proc/self/environ"),
        Cli.main("check", ok.toString(), "@/proc/self/environ"))) {
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("@/proc/self/environ: error: no such file or directory; check the path"
          + System.lineSeparator() + "1 problem in the input; nothing was checked. Fix it and run again."
          + System.lineSeparator());
      quotesNoEnvironment(r.err());
    }
    assertThat(Cli.run("check", "--help").out().replaceAll("\\s+", " "))
        .contains("taken as written: @x.yaml is a file name, never a file of options");
    assertThat(Cli.run("--help").out().replaceAll("\\s+", " "))
        .contains("Arguments are taken as written: one starting with @ is a file name, never a file of options.");
  }

  @Test
  void aFileNamedWithALeadingAtIsCheckedAsYaml() throws Exception {
    // picocli's expansion read `@m.yaml` as the options in m.yaml: here, to overwrite victim.txt
    write("@m.yaml", HostileInputTest.BOARD);
    Path victim = write("victim.txt", "keep me\n");
    write("real.yaml", HostileInputTest.BOARD);
    write("m.yaml", "--format\njson=" + victim + "\nreal.yaml\n");
    JavaProcess r = JavaProcess.run(dir, null, 60, "check", "@m.yaml");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("@m.yaml:").contains("1 file checked");
    assertThat(r.exit()).isEqualTo(1); // the board's own findings
    assertThat(Files.readString(victim)).isEqualTo("keep me\n");
  }

  // ---- 11: only regular files are read, the limit kept while reading --------------------------------------

  static final String NOT_REGULAR = "this is a device, a named pipe or a socket, not a regular file; quorate reads only"
      + " regular files";

  @Test
  void aDeviceOrAPipeIsRefusedNeverReadNorWaitedFor() throws Exception {
    Path ok = write("board.yaml", HostileInputTest.BOARD);
    JavaProcess zero = JavaProcess.run(dir, null, 30, "check", "/dev/zero");
    assertThat(zero.exit()).as(zero.err()).isEqualTo(2);
    assertThat(zero.err()).isEqualTo("/dev/zero: error: " + NOT_REGULAR + "\n"
        + "1 problem in the input; nothing was checked. Fix it and run again.\n");

    // a FIFO named *.yaml in a folder would wait for a writer for ever
    write("pipes/board.yaml", HostileInputTest.BOARD);
    Path fifo = JavaProcess.mkfifo(dir.resolve("pipes/meeting.yaml"));
    JavaProcess pipe = JavaProcess.run(dir, null, 30, "check", "pipes");
    assertThat(pipe.exit()).as(pipe.err()).isEqualTo(2);
    assertThat(pipe.err()).isEqualTo("pipes/meeting.yaml: error: " + NOT_REGULAR + "\n"
        + "1 problem in the input; nothing was checked. Fix it and run again.\n");

    String denied = "(a device, a named pipe or a socket, not a regular file)";
    JavaProcess holidays = JavaProcess.run(dir, null, 30, "days", "2013-05-20", "2013-05-29", "--holidays", "/dev/zero");
    assertThat(holidays.exit()).as(holidays.err()).isEqualTo(2);
    assertThat(holidays.err()).isEqualTo("quorate: Bank-holiday file /dev/zero cannot be read " + denied + "; give the"
        + " path of a saved copy of https://www.gov.uk/bank-holidays.json.\n");

    JavaProcess baseline = JavaProcess.run(dir, null, 30, "check", ok.toString(), "--baseline", fifo.toString());
    assertThat(baseline.exit()).as(baseline.err()).isEqualTo(2);
    assertThat(baseline.err()).startsWith("quorate: cannot read the baseline " + fifo + " " + denied + "; write one with"
        + " --write-baseline " + fifo);

    JavaProcess waivers = JavaProcess.run(dir, null, 30, "check", ok.toString(), "--waivers", "/dev/zero");
    assertThat(waivers.exit()).as(waivers.err()).isEqualTo(2);
    assertThat(waivers.err()).startsWith("/dev/zero: error: " + NOT_REGULAR + "\n");

    JavaProcess plan = JavaProcess.run(dir, null, 30, "plan", "--board", "/dev/zero", "--date", "2014-04-28");
    assertThat(plan.exit()).as(plan.err()).isEqualTo(2);
    assertThat(plan.err()).startsWith("/dev/zero: error: " + NOT_REGULAR + "\n");
  }

  @Test
  void aLinkToADeviceIsRefusedBeforeItIsOpened() throws Exception {
    write("repo/board.yaml", HostileInputTest.BOARD);
    Path z = Files.createSymbolicLink(dir.resolve("repo/z.yaml"), Path.of("/dev/zero"));
    JavaProcess r = JavaProcess.run(dir, null, 30, "check", "repo");
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith(dir.relativize(z) + ": error: a symbolic link that leads to `/dev/zero`, outside"
        + " the folders being checked and the working folder;");
  }

  // ---- 15: an empty path is a usage error --------------------------------------------------------------

  @Test
  void anEmptyPathIsAUsageErrorNotTheCurrentFolder() throws IOException {
    String message = "quorate: Invalid value for positional parameter at index 0..* (PATH): an empty path; name a file"
        + " or folder (`.` for the current folder)";
    for (Cli r : List.of(Cli.run("check", ""), Cli.main("check", ""))) {
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().lines().findFirst()).contains(message);
    }
    // after a path, picocli names the empty argument as one it cannot place: a usage error all the same
    Cli after = Cli.run("check", "examples/kct-2011", "");
    assertThat(after.exit()).isEqualTo(2);
    assertThat(after.out()).isEmpty();
    assertThat(after.err()).startsWith("quorate: Unmatched argument at index 2: ''");
    Path ok = write("board.yaml", HostileInputTest.BOARD);
    Cli waivers = Cli.run("check", ok.toString(), "--waivers", "");
    assertThat(waivers.exit()).isEqualTo(2);
    assertThat(waivers.err()).startsWith("quorate: Invalid value for option '--waivers': an empty path;");
    Cli plan = Cli.run("plan", "--board", "", "--date", "2014-04-28");
    assertThat(plan.exit()).isEqualTo(2);
    assertThat(plan.err()).startsWith("quorate: Invalid value for option '--board': an empty path;");
  }
}
