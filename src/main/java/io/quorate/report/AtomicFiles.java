package io.quorate.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an output file atomically: the content goes to a temporary file in the same folder, is
 * flushed to disk, and is then renamed over the target in one step. A run that fails part-way
 * (an exception in the writer, a full disk, a kill) never leaves a truncated report where a good one
 * was: the target holds either the old content or the new, and the temporary file is removed.
 */
public final class AtomicFiles {
  /** Writes the content to a {@link Writer}; may throw to abandon the write. */
  @FunctionalInterface
  public interface Body {
    void write(Writer out) throws IOException;
  }

  private AtomicFiles() {}

  /** Replaces {@code target} with {@code content} (UTF-8), atomically. */
  public static void write(Path target, String content) throws IOException {
    write(target, out -> out.write(content));
  }

  /** Replaces {@code target} with what {@code body} writes (UTF-8), atomically. */
  public static void write(Path target, Body body) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    Path dir = abs.getParent();
    String name = abs.getFileName().toString();
    Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    boolean moved = false;
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream os = Channels.newOutputStream(ch);
        Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
        body.write(w);
        w.flush();
        ch.force(true);
      }
      try {
        Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) Files.deleteIfExists(temp);
    }
  }
}
