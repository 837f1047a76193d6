package io.quorate.io;

import io.quorate.model.Loc;
import io.quorate.model.Waiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a waivers file ({@code --waivers FILE} or {@code .quorate-waivers.yaml} at the root of a
 * checked folder), as strictly as every other input:
 *
 * <pre>
 * waivers:
 *   - rule: notice-period
 *     subject: kent-hwb-2013-05-29      # and/or file: meetings/2013-05-29.yaml
 *     reason: agreed by the Monitoring Officer, see minute 12/2013
 *     owner: democratic.services@kent.gov.uk
 *     expires: 2026-12-31
 * </pre>
 */
public final class WaiverFile {
  /** The name quorate looks for at the root of each folder it checks. */
  public static final String DEFAULT_NAME = ".quorate-waivers.yaml";

  private WaiverFile() {}

  /** The waivers of every file given, or an InputException listing every problem in them. */
  public static List<Waiver> load(List<Path> files) {
    Problems problems = new Problems();
    List<Waiver> out = new ArrayList<>();
    for (Path file : files) {
      String name = InputLoader.display(file);
      if (!Files.exists(file)) {
        problems.add(Loc.of(name), "no such waivers file; check the path given to --waivers");
        continue;
      }
      Path dir = file.toAbsolutePath().normalize().getParent();
      for (Node doc : YamlSource.read(file, name, problems)) {
        Fields f = Fields.of(name, "the waivers file", doc, problems);
        if (f == null) continue;
        out.addAll(read(f, dir));
        f.finish();
      }
    }
    problems.throwIfAny();
    return List.copyOf(out);
  }

  /**
   * The waivers files at the root of the folders among {@code paths} ({@value #DEFAULT_NAME}). One
   * that is a symbolic link must lead to a YAML file inside the folders being checked or the working
   * folder (see {@link InputScope}); otherwise an InputException names it.
   */
  public static List<Path> atRootsOf(List<Path> paths) {
    Problems problems = new Problems();
    List<Path> found = new ArrayList<>();
    InputScope scope = null;
    for (Path p : paths) {
      Path w = p.resolve(DEFAULT_NAME);
      if (!Files.isDirectory(p) || !Files.exists(w, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
      if (Files.isSymbolicLink(w)) {
        if (scope == null) scope = InputScope.of(paths);
        String refused = scope.refusal(w);
        if (refused != null) {
          problems.add(Loc.of(InputLoader.display(w)), "a symbolic link that " + refused + "; quorate follows a"
              + " link only to a YAML file inside the folders being checked or the working folder: replace the link"
              + " with a copy, or give the file with --waivers");
          continue;
        }
      }
      found.add(w);
    }
    problems.throwIfAny();
    return found;
  }

  /** Reads the top-level mapping of a waivers file; {@code dir} resolves {@code file:} entries. */
  static List<Waiver> read(Fields f, Path dir) {
    if (!f.has("waivers") && !f.recording()) f.problem("waivers", "a waivers file needs `waivers:`, a list of waivers");
    return f.list("waivers", "a waiver", w -> waiver(w, dir));
  }

  static Waiver waiver(Fields w, Path dir) {
    String rule = w.requiredId("rule");
    String subject = w.id("subject");
    String file = w.str("file");
    String reason = w.requiredText("reason");
    String owner = w.requiredStr("owner");
    var expires = w.requiredDate("expires");
    if (w.recording()) return null;
    if (subject == null && file == null) {
      w.problem("rule", "a waiver needs `subject:` (a board, meeting or panel id) or `file:` (a path relative to the "
          + "waivers file), or both: a waiver never excuses a rule everywhere");
      return null;
    }
    if (reason != null && reason.isBlank()) w.problem("reason", "a waiver's `reason:` must say why the rule is waived");
    if (rule == null || reason == null || owner == null || expires == null) return null;
    String key = file == null ? null : dir.resolve(file).normalize().toString();
    return new Waiver(rule, subject, file, key, reason, owner, expires, w.where());
  }
}
