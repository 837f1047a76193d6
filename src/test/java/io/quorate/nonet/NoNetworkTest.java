package io.quorate.nonet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * quorate makes no network connection at run time: every example, the rule catalogue and the day
 * counter run in a child JVM (the test class path) under a security manager that refuses and
 * records every connect, look-up, listen, accept and multicast. Importing saved Modern.gov
 * responses is among the commands: only the live import ({@code --site}) may connect.
 */
class NoNetworkTest {
  @Test
  void theRealCommandsOverEveryExampleMakeNoConnection() throws Exception {
    List<String> commands = new ArrayList<>();
    List<Path> dirs;
    try (Stream<Path> s = Files.list(Path.of("examples"))) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path d : dirs) commands.add("check " + d);
    commands.add("check --format json examples");
    commands.add("rules --format json");
    commands.add("days 2013-05-20 2013-05-29");
    // importing saved Modern.gov responses is offline: no connection either
    Path imported = Files.createTempDirectory("quorate-nonet-import");
    String importCommand = "import moderngov --saved " + Path.of("src", "test", "resources", "moderngov", "manchester")
        + " --out " + imported + " --profile kent-county-council-2015";
    commands.add(importCommand);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Djava.security.manager=allow", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"), NoNetworkMain.class.getName()));
    cmd.addAll(commands);
    Path log = Files.createTempFile("quorate-nonet", ".txt");
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
      String out = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as(out).isZero();
      List<String> exits = out.lines().filter(l -> l.startsWith("exit ")).toList();
      assertThat(exits).as(out).hasSize(commands.size());
      for (String e : exits) {
        // the examples show breaches on purpose: 0 or 1, never 2 (which would hide a refused connection)
        assertThat(e).as(out).matches("exit [01] .*");
      }
      assertThat(out).as(out).contains("exit 1 check examples" + File.separator + "kent-hwb-2013")
          .contains("exit 0 rules --format json").contains("exit 0 days 2013-05-20 2013-05-29")
          .contains("exit 0 " + importCommand);
      assertThat(imported.resolve("audit-committee").resolve("board.yaml")).exists();
      assertThat(out).as(out).contains("network-attempts 0 []").doesNotContain("network access refused");
      assertThat(out).as("the guard refuses a connection when one is tried").contains("guard-works true");
    } finally {
      Files.deleteIfExists(log);
      try (Stream<Path> s = Files.walk(imported)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
  }
}
