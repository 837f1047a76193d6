package io.quorate.report;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an output file, never leaving a broken one and never replacing what is not a file:
 *
 * <ul>
 *   <li>A regular file, or a path where nothing is yet, is written atomically: the content goes to
 *       a temporary file beside it ({@code NAME.quorate-partial-HEX.tmp}), is flushed to disk, and
 *       is renamed over the target in one step. A run that fails part-way (an exception in the
 *       writer, a full disk) leaves the old content and removes the temporary file; so does a run
 *       stopped by SIGTERM or SIGINT (Ctrl-C), through a shutdown hook. An existing file keeps its
 *       permissions (a 0600 report stays 0600) and, where the user may set them, its owner and group.
 *   <li>A symbolic link means its target: the file it leads to is written, atomically, and the link
 *       stays a link (a link that leads nowhere yet gets its target created).
 *   <li>A character device or a named pipe ({@code /dev/null}, {@code /dev/stdout}, a FIFO) is
 *       written straight through, as a shell's {@code >} would: replacing {@code /dev/null} with a
 *       regular file, as a rename would, breaks it for the whole machine.
 *   <li>A folder, a block device or a socket is refused with an IOException; nothing is written.
 * </ul>
 */
public final class AtomicFiles {
  /** Writes the content to a {@link Writer}; may throw to abandon the write. */
  @FunctionalInterface
  public interface Body {
    void write(Writer out) throws IOException;
  }

  private AtomicFiles() {}

  /** Temporary files being written, removed by the shutdown hook if the JVM is stopped. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  /** Made the first time a temporary file is; removes whatever is still pending when the JVM exits. */
  private static final class Cleanup {
    static {
      try {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          for (Path p : PENDING) {
            try {
              Files.deleteIfExists(p);
            } catch (IOException e) {
              // the JVM is going: nothing more can be done about it
            }
          }
        }, "quorate-cleanup"));
      } catch (IllegalStateException e) {
        // already shutting down: the write in progress ends with the JVM
      }
    }

    static void track(Path temp) {
      PENDING.add(temp);
    }
  }

  /** The mode bits of a file type in {@code unix:mode}. */
  private static final int S_IFMT = 0170000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFIFO = 0010000;

  /** Replaces {@code target} with {@code content} (UTF-8), as described above. */
  public static void write(Path target, String content) throws IOException {
    write(target, out -> out.write(content));
  }

  /** Replaces {@code target} with what {@code body} writes (UTF-8), as described above. */
  public static void write(Path target, Body body) throws IOException {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(target, BasicFileAttributes.class); // links followed
    } catch (NoSuchFileException e) {
      replace(Files.isSymbolicLink(target) ? linkTarget(target) : target.toAbsolutePath().normalize(), null, body);
      return;
    }
    if (attrs.isRegularFile()) {
      Path real = target.toRealPath();
      replace(real, posix(real), body);
    } else if (attrs.isDirectory()) {
      throw new IOException("it is a folder; name a file in it");
    } else if (streamed(target)) {
      try (OutputStream os = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
        Watched w = new Watched(os);
        body.write(w);
        w.finish();
      }
    } else {
      throw new IOException("it is a block device or a socket, not a file; quorate writes only files,"
          + " character devices and named pipes");
    }
  }

  /** Whether a path that is neither a file nor a folder is a character device or a named pipe. */
  private static boolean streamed(Path target) throws IOException {
    try {
      int type = (Integer) Files.getAttribute(target, "unix:mode") & S_IFMT;
      return type == S_IFCHR || type == S_IFIFO;
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return true; // no unix view (Windows): a device such as NUL, written as the shell would
    }
  }

  /** Where a link that leads nowhere leads, following a chain of links (at most 40, as the kernel does). */
  private static Path linkTarget(Path link) throws IOException {
    Path p = link.toAbsolutePath().normalize();
    for (int i = 0; i < 40 && Files.isSymbolicLink(p); i++) {
      Path parent = p.getParent();
      p = (parent == null ? Path.of("/") : parent).resolve(Files.readSymbolicLink(p)).normalize();
    }
    if (Files.isSymbolicLink(p)) throw new IOException("a symbolic link that loops");
    return p;
  }

  private static PosixFileAttributes posix(Path file) throws IOException {
    try {
      return Files.readAttributes(file, PosixFileAttributes.class);
    } catch (UnsupportedOperationException e) {
      return null;
    }
  }

  /** Writes a temporary file beside {@code abs} and renames it over {@code abs}; keeps {@code old}'s mode. */
  private static void replace(Path abs, PosixFileAttributes old, Body body) throws IOException {
    Path temp = abs.resolveSibling(tempName(abs.getFileName().toString()));
    // owner-only while being written when the target was private; a new file gets the umask's mode
    FileAttribute<?>[] attrs = old == null ? new FileAttribute<?>[0]
        : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    boolean moved = false;
    Cleanup.track(temp);
    try {
      try (FileChannel ch = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
          attrs)) {
        Watched w = new Watched(Channels.newOutputStream(ch));
        body.write(w);
        w.finish();
        ch.force(true);
      }
      if (old != null) keep(temp, old);
      try {
        Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      try {
        if (!moved) Files.deleteIfExists(temp);
      } finally {
        PENDING.remove(temp);
      }
    }
  }

  /**
   * The writer a body writes to (UTF-8, buffered), which remembers the first write error: a body
   * that wraps it in a PrintWriter, which swallows errors, still fails the write with its cause.
   */
  private static final class Watched extends FilterWriter {
    private IOException failure;

    Watched(OutputStream os) {
      super(new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8)));
    }

    private IOException seen(IOException e) {
      if (failure == null) failure = e;
      return e;
    }

    @Override
    public void write(int c) throws IOException {
      try {
        out.write(c);
      } catch (IOException e) {
        throw seen(e);
      }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
      try {
        out.write(chars, off, len);
      } catch (IOException e) {
        throw seen(e);
      }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      try {
        out.write(s, off, len);
      } catch (IOException e) {
        throw seen(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw seen(e);
      }
    }

    /** Flushes, and throws the first error met on the way, even one the body caught. */
    void finish() throws IOException {
      flush();
      if (failure != null) throw failure;
    }
  }

  /** Gives the new file the old one's permissions, and its owner and group where this user may. */
  private static void keep(Path temp, PosixFileAttributes old) throws IOException {
    Files.setPosixFilePermissions(temp, old.permissions());
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class,
        LinkOption.NOFOLLOW_LINKS);
    try {
      PosixFileAttributes now = view.readAttributes();
      if (!now.group().equals(old.group())) view.setGroup(old.group());
      if (!now.owner().equals(old.owner())) view.setOwner(old.owner());
    } catch (IOException e) {
      // only root may give a file away; anyone else's rewritten report is theirs, as with any editor
    }
  }

  /**
   * {@code NAME.quorate-partial-HEX.tmp}: a name that says whose it is and what it is, should a
   * power cut or {@code kill -9} leave one behind. A long name is shortened to keep within the
   * 255 bytes most file systems allow.
   */
  static String tempName(String name) {
    String base = name;
    while (base.getBytes(StandardCharsets.UTF_8).length > 200) {
      base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
    }
    return base + ".quorate-partial-" + String.format("%08x", ThreadLocalRandom.current().nextInt()) + ".tmp";
  }
}
