package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorate.calendar.BankHolidays;
import io.quorate.engine.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step that writes the prepared profiles and holiday table next to the classes. */
class PrepareTest {
  @Test
  void writesBothPreparedFilesWhereTheClassLoaderLooks(@TempDir Path classes) throws Exception {
    Prepare.main(new String[] {classes.toString()});
    assertThat(Files.readAllBytes(classes.resolve("io/quorate/engine/profiles.bin"))).isEqualTo(Profiles.prepare());
    assertThat(Files.readAllBytes(classes.resolve("io/quorate/calendar/bank-holidays.bin")))
        .isEqualTo(BankHolidays.prepare());
    assertThat(Prepare.writeAll(classes)).containsExactly(classes.resolve("io/quorate/engine/profiles.bin"),
        classes.resolve("io/quorate/calendar/bank-holidays.bin"));
  }

  @Test
  void needsTheClassesFolder() {
    assertThatThrownBy(() -> Prepare.main(new String[0])).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("usage: Prepare <classes-folder>");
  }
}
