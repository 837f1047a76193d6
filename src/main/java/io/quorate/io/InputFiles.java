package io.quorate.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * The one way quorate reads a file it is given: YAML inputs, referenced boards, waivers, the
 * baseline and the bank-holiday file all come through {@link #read}. Only a regular file is opened
 * (a device such as {@code /dev/zero} would never end, and opening a named pipe waits for a writer
 * for ever), and the size limit is kept while reading, not only by the size the file system states
 * ({@code /proc} files state 0, and a file may grow while it is read).
 */
public final class InputFiles {
  /** The most bytes read from one file. A board's year of meetings is a few KiB. */
  public static final int MAX_BYTES = 8 * 1024 * 1024;

  private static final int MIB = 1024 * 1024;

  private InputFiles() {}

  /** Why a file was not read. */
  public enum Kind { MISSING, DENIED, FOLDER, NOT_REGULAR, TOO_LARGE, OTHER }

  /**
   * A file that was not read; the message is a short plain reason ("no such file", "the file is
   * 50 MiB; quorate reads files of at most 8 MiB") that quotes nothing of the file.
   */
  public static final class Unreadable extends IOException {
    private final Kind kind;

    Unreadable(Kind kind, String reason) {
      super(reason);
      this.kind = kind;
    }

    public Kind kind() {
      return kind;
    }
  }

  /**
   * The bytes of a regular file of at most {@value #MAX_BYTES} bytes (symbolic links followed).
   *
   * @throws Unreadable with its kind and reason
   */
  public static byte[] read(Path file) throws Unreadable {
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      if (attrs.isDirectory()) throw new Unreadable(Kind.FOLDER, "a folder, not a file");
      if (!attrs.isRegularFile()) {
        throw new Unreadable(Kind.NOT_REGULAR, "a device, a named pipe or a socket, not a regular file");
      }
      if (attrs.size() > MAX_BYTES) throw tooLarge(attrs.size());
      try (InputStream in = Files.newInputStream(file)) {
        return readAtMost(in, (int) attrs.size(), MAX_BYTES);
      }
    } catch (Unreadable e) {
      throw e;
    } catch (NoSuchFileException e) {
      throw new Unreadable(Kind.MISSING, Files.isSymbolicLink(file)
          ? "a symbolic link that leads nowhere (it loops, or its target is missing)" : "no such file");
    } catch (AccessDeniedException e) {
      throw new Unreadable(Kind.DENIED, "permission denied");
    } catch (IOException | SecurityException e) {
      throw new Unreadable(Kind.OTHER, reason(e));
    }
  }

  /** Reads {@code in} to its end, refusing it once it passes {@code max} bytes; {@code hint} is the expected size. */
  static byte[] readAtMost(InputStream in, int hint, int max) throws IOException {
    byte[] buf = new byte[(int) Math.min((long) max + 1, Math.max(hint + 1L, 8192))];
    int n = 0;
    while (true) {
      if (n == buf.length) {
        if (n > max) throw tooLarge(n);
        buf = Arrays.copyOf(buf, (int) Math.min((long) max + 1, 2L * buf.length));
      }
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) break;
      n += r;
    }
    return n == buf.length ? buf : Arrays.copyOf(buf, n);
  }

  private static Unreadable tooLarge(long size) {
    long mib = size / MIB;
    String is = mib > MAX_BYTES / MIB ? "is " + mib + " MiB" : "is larger than " + (MAX_BYTES / MIB) + " MiB";
    return new Unreadable(Kind.TOO_LARGE, "the file " + is + "; quorate reads files of at most " + (MAX_BYTES / MIB)
        + " MiB");
  }

  /** A short plain reason for an I/O failure, without the path (which the message names already). */
  static String reason(Exception e) {
    if (e instanceof NoSuchFileException) return "no such file";
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
