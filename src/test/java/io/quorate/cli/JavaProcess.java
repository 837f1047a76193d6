package io.quorate.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * quorate as a real process ({@code java -cp <the test class path> io.quorate.cli.Main ...}), for
 * what only a process shows: its exit code when standard output fails, signals, and devices or
 * pipes that could make it hang (a run that does not end in time is killed and reported as such).
 */
record JavaProcess(int exit, String out, String err) {
  /** The command line that starts quorate with these arguments. */
  static List<String> command(String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Starts quorate in {@code workDir}, its standard output going to {@code stdout} (a file or device), stderr kept. */
  static Process start(Path workDir, File stdout, File stderr, String... args) throws IOException {
    return new ProcessBuilder(command(args)).directory(workDir.toFile()).redirectOutput(stdout).redirectError(stderr)
        .start();
  }

  /**
   * Runs quorate in {@code workDir} to its end, within {@code seconds} (else it is killed and the
   * result says so); standard output goes to {@code stdout}, or is kept when that is null.
   */
  static JavaProcess run(Path workDir, File stdout, int seconds, String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile("quorate-out", ".txt");
    Path err = Files.createTempFile("quorate-err", ".txt");
    try {
      Process p = start(workDir, stdout == null ? out.toFile() : stdout, err.toFile(), args);
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        return new JavaProcess(-1, Files.readString(out, StandardCharsets.UTF_8),
            "(killed: still running after " + seconds + " s)\n" + Files.readString(err, StandardCharsets.UTF_8));
      }
      return new JavaProcess(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Makes a named pipe (FIFO) with {@code mkfifo}. */
  static Path mkfifo(Path path) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    if (p.waitFor() != 0 || !Files.exists(path)) throw new IOException("mkfifo " + path + " failed");
    return path;
  }
}
