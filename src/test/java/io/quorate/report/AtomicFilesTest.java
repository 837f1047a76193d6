package io.quorate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private String[] listing() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void writesANewFileAndReplacesAnOldOne() throws IOException {
    Path f = dir.resolve("report.json");
    AtomicFiles.write(f, "first\n");
    assertThat(Files.readString(f)).isEqualTo("first\n");
    AtomicFiles.write(f, out -> out.write("second, caf\u00e9\n"));
    assertThat(Files.readString(f, StandardCharsets.UTF_8)).isEqualTo("second, caf\u00e9\n");
    assertThat(listing()).containsExactly("report.json");
  }

  @Test
  void aWriterThatFailsPartWayLeavesTheOldFileIntactAndNoTempFile() throws IOException {
    Path f = dir.resolve("report.txt");
    Files.writeString(f, "the good report\n");
    assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
      out.write("half a rep".repeat(10_000)); // more than the buffer: some of it reaches the temp file
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(Files.readString(f)).isEqualTo("the good report\n");
    assertThat(listing()).containsExactly("report.txt");

    assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
      out.write("partial");
      throw new UncheckedIOException(new IOException("renderer failed"));
    })).isInstanceOf(UncheckedIOException.class);
    assertThat(Files.readString(f)).isEqualTo("the good report\n");
    assertThat(listing()).containsExactly("report.txt");
  }

  @Test
  void aFailedFirstWriteLeavesNothing() {
    Path f = dir.resolve("new.txt");
    assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
      throw new IllegalStateException("no");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(Files.exists(f)).isFalse();
  }

  @Test
  void aMissingFolderIsAnIOExceptionAndLeavesNothing() {
    Path f = dir.resolve("no/such/folder/out.txt");
    assertThatThrownBy(() -> AtomicFiles.write(f, "x")).isInstanceOf(IOException.class);
    assertThat(Files.exists(dir.resolve("no"))).isFalse();
  }

  @Test
  void aRelativeTargetIsWrittenBesideItself() throws IOException {
    Path f = dir.resolve("sub/../rel.txt");
    Files.createDirectories(dir.resolve("sub"));
    AtomicFiles.write(f, "ok");
    assertThat(Files.readString(dir.resolve("rel.txt"))).isEqualTo("ok");
  }

  @Test
  void theTemporaryFileHasANameThatSaysWhatItIsAndFitsTheFileSystem() {
    assertThat(AtomicFiles.tempName("quorate.sarif")).matches("quorate\\.sarif\\.quorate-partial-[0-9a-f]{8}\\.tmp");
    String longName = "\u00e9".repeat(127) + ".html"; // 259 bytes in UTF-8
    String temp = AtomicFiles.tempName(longName);
    assertThat(temp.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
    assertThat(temp).startsWith("\u00e9\u00e9").endsWith(".tmp");
  }
}
