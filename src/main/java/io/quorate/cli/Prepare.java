package io.quorate.cli;

import io.quorate.calendar.BankHolidays;
import io.quorate.engine.Profiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build step, not a command: writes the prepared forms of the built-in profiles and holiday table
 * into the compiled classes folder, so that start-up reads them instead of parsing YAML and JSON.
 * Maven runs it after compiling ({@code exec-maven-plugin}, phase {@code process-classes}); each
 * prepared file records a checksum of its sources, and quorate falls back to the sources whenever
 * the file is missing or was made from other data.
 *
 * <p>Usage: {@code Prepare <classes-folder>}.
 */
public final class Prepare {
  private Prepare() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: Prepare <classes-folder>");
    }
    writeAll(Path.of(args[0]));
  }

  /** Writes both prepared files under {@code classes}; returns the paths written. */
  static Path[] writeAll(Path classes) throws IOException {
    return new Path[] {
      write(classes, Profiles.PREPARED, Profiles.prepare()),
      write(classes, BankHolidays.PREPARED, BankHolidays.prepare())
    };
  }

  private static Path write(Path classes, String resource, byte[] content) throws IOException {
    Path target = classes.resolve(resource.substring(1));
    Files.createDirectories(target.getParent());
    Files.write(target, content);
    return target;
  }
}
