package io.quorate.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output folder. Each YAML file the importer writes starts with a header line holding a
 * checksum of the rest; a later import replaces a file only while that checksum still matches, so
 * a file a person has edited (or written) is never overwritten, only named as kept.
 */
public final class Folder {
  /** Writes a file in one step (the command line passes its atomic writer). */
  @FunctionalInterface
  public interface Writer {
    void write(Path target, String content) throws IOException;
  }

  /** What happened to one file. */
  public record Outcome(Path path, String what) {}

  static final String HEADER = "# quorate import moderngov, sha256:";
  private static final Pattern HEADER_LINE = Pattern.compile("# quorate import moderngov, sha256:([0-9a-f]{64})");
  /** Larger than any file this importer writes: a bigger one is a person's, and is not read. */
  private static final long MAX_OWN_FILE = 16L * 1024 * 1024;

  private final Path root;
  private final Writer writer;

  Folder(Path root, Writer writer) {
    this.root = root;
    this.writer = writer;
  }

  /** The content with its header line: the checksum of everything after it. */
  static String withHeader(String content) {
    return HEADER + sha256(content) + "\n" + content;
  }

  /** Whether the text is a file as this importer wrote it: its header's checksum matches the rest. */
  static boolean untouched(String text) {
    int nl = text.indexOf('\n');
    if (nl < 0) return false;
    Matcher m = HEADER_LINE.matcher(text.substring(0, nl));
    return m.matches() && m.group(1).equals(sha256(text.substring(nl + 1)));
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Writes the generated files, keeping any a person has edited. */
  List<Outcome> write(List<Generator.Output> files) throws ImportException {
    List<Outcome> out = new ArrayList<>();
    for (Generator.Output f : files) out.add(write(f.path(), withHeader(f.content())));
    return out;
  }

  private Outcome write(String relative, String text) throws ImportException {
    Path target = inside(relative);
    try {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
          return new Outcome(target, "kept: not a regular file (a link or a folder); the import left it as it is");
        }
        if (Files.size(target) > MAX_OWN_FILE) {
          return new Outcome(target, "kept: not a file this import wrote; the import left it as it is");
        }
        String old = Files.readString(target, StandardCharsets.UTF_8);
        if (old.equals(text)) return new Outcome(target, "unchanged");
        if (!untouched(old)) {
          return new Outcome(target, "kept: edited since it was imported, so the import left it as it is (move it"
              + " aside and import again to see what Modern.gov says now)");
        }
        writer.write(target, text);
        return new Outcome(target, "updated");
      }
      Files.createDirectories(target.getParent());
      writer.write(target, text);
      return new Outcome(target, "written");
    } catch (java.nio.charset.CharacterCodingException e) {
      return new Outcome(target, "kept: not a file this import wrote (not UTF-8 text); the import left it as it is");
    } catch (IOException e) {
      throw new ImportException(target + ": cannot write (" + reason(e) + "); check the folder's permissions and space");
    }
  }

  /** Saves a response as it came (responses are the service's, never edited: a fresh one replaces the old). */
  Path save(String relative, String text) throws ImportException {
    Path target = inside(relative);
    try {
      Files.createDirectories(target.getParent());
      if (Files.isSymbolicLink(target)) Files.delete(target); // replace the link, never write through it
      writer.write(target, text);
      return target;
    } catch (IOException e) {
      throw new ImportException(target + ": cannot save the response (" + reason(e) + "); check the folder's"
          + " permissions and space");
    }
  }

  /**
   * The path under the output folder, refused if a folder on the way is a link that leads outside it:
   * the import writes nowhere but where it was told.
   */
  private Path inside(String relative) throws ImportException {
    Path target = root.resolve(relative).normalize();
    try {
      Files.createDirectories(root);
      Path real = root.toRealPath();
      Path dir = target.getParent();
      while (dir != null && !Files.exists(dir)) dir = dir.getParent();
      if (dir != null && !dir.toRealPath().startsWith(real)) {
        throw new ImportException(dir + ": a link that leads outside " + root + "; the import writes only inside"
            + " --out: remove the link, or choose another --out");
      }
    } catch (IOException e) {
      throw new ImportException(root + ": cannot create or read the output folder (" + reason(e) + "); check --out");
    }
    return target;
  }

  static String reason(IOException e) {
    String m = e.getMessage();
    String kind = e.getClass().getSimpleName();
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file or folder";
    if (e instanceof java.nio.file.FileAlreadyExistsException) return "a file is in the way";
    return Text.plain(m == null ? kind : m);
  }
}
