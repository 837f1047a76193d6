package io.quorate.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where quorate reads files that the user did not name: a {@code board:} reference, a symbolic
 * link met in a folder (or named on the command line), the waivers file at a folder's root. Each
 * must be, after every link is resolved, a regular {@code .yaml} or {@code .yml} file inside one of
 * the folders being checked (a folder named, or the folder of a file named) or the working folder.
 * Anything else is refused before it is opened, so a committed link {@code x.yaml ->
 * ~/.git-credentials} or a reference {@code board: /proc/self/environ} never has its content read,
 * let alone quoted in a message.
 */
public final class InputScope {
  /** The folders inside which files may be read, as real paths (links resolved). */
  private final List<Path> roots;

  private InputScope(List<Path> roots) {
    this.roots = roots;
  }

  /** The scope of a run over these paths: each folder named, the folder of each file named, and the working folder. */
  public static InputScope of(List<Path> named) {
    List<Path> roots = new ArrayList<>();
    addRoot(roots, Path.of(""));
    for (Path p : named) {
      Path abs = p.toAbsolutePath().normalize();
      addRoot(roots, Files.isDirectory(abs) ? abs : abs.getParent());
    }
    return new InputScope(List.copyOf(roots));
  }

  private static void addRoot(List<Path> roots, Path dir) {
    if (dir == null) return;
    try {
      roots.add(dir.toRealPath());
    } catch (IOException | SecurityException e) {
      // a folder that cannot be resolved holds nothing to read; the loader reports the path itself
    }
  }

  /** Whether a file name ends in {@code .yaml} or {@code .yml}, in any case ({@code BOARD.YAML} too). */
  public static boolean isYamlName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /**
   * Why {@code file} may not be read, as a clause that names paths and quotes nothing of any file
   * ("leads to `/root/.env`, which is not a .yaml or .yml file"), or null when it may. Every link on
   * the way is resolved first.
   */
  public String refusal(Path file) {
    return judge(file, true);
  }

  /** Why the walk may not enter {@code dir} (a folder reached by a link), as {@link #refusal}; or null. */
  public String folderRefusal(Path dir) {
    return judge(dir, false);
  }

  private String judge(Path p, boolean file) {
    Path real;
    try {
      real = p.toRealPath();
    } catch (java.nio.file.NoSuchFileException e) {
      return "leads nowhere (it loops, or its target is missing)";
    } catch (IOException | SecurityException e) {
      return "cannot be followed (" + InputFiles.reason(e) + ")";
    }
    String shown = "`" + InputLoader.display(real) + "`";
    if (!within(real)) return "leads to " + shown + ", outside the folders being checked and the working folder";
    if (!file) return null;
    if (real.getFileName() == null || !isYamlName(real.getFileName().toString())) return "leads to " + shown + ", which is not a .yaml or .yml file";
    if (!Files.isRegularFile(real)) return "leads to " + shown + ", which is not a regular file";
    return null;
  }

  /** Whether a real path lies inside one of the folders. */
  boolean within(Path real) {
    for (Path root : roots) {
      if (real.startsWith(root)) return true;
    }
    return false;
  }
}
