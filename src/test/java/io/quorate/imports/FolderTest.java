package io.quorate.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder: a file a person has edited or written is never overwritten, and nothing is written outside it. */
class FolderTest {
  @TempDir Path dir;

  Folder folder() {
    return new Folder(dir.resolve("out"), (p, s) -> Files.writeString(p, s, StandardCharsets.UTF_8));
  }

  List<Folder.Outcome> write(String content) throws ImportException {
    return folder().write(List.of(new Generator.Output("board/board.yaml", content)));
  }

  @Test
  void theHeaderChecksumTellsAnUntouchedFileFromAnEditedOne() {
    String text = Folder.withHeader("kind: board\nid: \"x\"\n");
    assertThat(text).startsWith("# quorate import moderngov, sha256:").contains("\nkind: board\n");
    assertThat(Folder.untouched(text)).isTrue();
    assertThat(Folder.untouched(text.replace("\"x\"", "\"y\""))).isFalse();
    assertThat(Folder.untouched(text + "seats: 9\n")).isFalse();
    assertThat(Folder.untouched("kind: board\n")).isFalse();
    assertThat(Folder.untouched("")).isFalse();
  }

  @Test
  void writesNewUpdatesItsOwnKeepsAnEditedFile() throws Exception {
    Path target = dir.resolve("out/board/board.yaml");
    assertThat(write("a: 1\n")).extracting(Folder.Outcome::what).containsExactly("written");
    assertThat(write("a: 1\n")).extracting(Folder.Outcome::what).containsExactly("unchanged");
    assertThat(write("a: 2\n")).extracting(Folder.Outcome::what).containsExactly("updated");
    assertThat(Files.readString(target)).endsWith("\na: 2\n");

    String edited = Files.readString(target).replace("a: 2", "a: 2\nseats: 9");
    Files.writeString(target, edited);
    assertThat(write("a: 3\n")).extracting(Folder.Outcome::what).singleElement().asString()
        .startsWith("kept: edited since it was imported");
    assertThat(Files.readString(target)).isEqualTo(edited);

    Files.writeString(target, "kind: board\n# written by a person, no header\n");
    assertThat(write("a: 3\n")).extracting(Folder.Outcome::what).singleElement().asString().startsWith("kept:");
    assertThat(Files.readString(target)).isEqualTo("kind: board\n# written by a person, no header\n");
  }

  @Test
  void aLinkInTheFolderIsNeverWrittenThrough() throws Exception {
    Path outside = Files.writeString(dir.resolve("elsewhere.yaml"), "mine\n");
    Files.createDirectories(dir.resolve("out/board"));
    Files.createSymbolicLink(dir.resolve("out/board/board.yaml"), outside);
    assertThat(write("a: 1\n")).extracting(Folder.Outcome::what).singleElement().asString().startsWith("kept: not a regular file");
    assertThat(Files.readString(outside)).isEqualTo("mine\n");

    Path other = Files.createDirectories(dir.resolve("other"));
    Files.createSymbolicLink(dir.resolve("out/linked"), other);
    assertThatThrownBy(() -> folder().write(List.of(new Generator.Output("linked/board.yaml", "a: 1\n"))))
        .hasMessageContaining("a link that leads outside");
    assertThat(other).isEmptyDirectory();
  }
}
