package io.quorate.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replays one sample reported by {@link CheckFuzzTest} with {@code --debug}, printing the mutated
 * file and the stack trace: {@code mvn -q test -Dtest=FuzzReproTest -Dfz.seed=65 -Dfz.target=1
 * -Dfz.muts="15,1048576,0,0"} (mutations as op,a,b,c separated by ';'). Skipped without them.
 */
class FuzzReproTest {
  @Test
  void repro() throws Exception {
    assumeTrue(System.getProperty("fz.seed") != null, "replays a fuzz sample only when -Dfz.seed is given");
    int seed = Integer.getInteger("fz.seed"), target = Integer.getInteger("fz.target");
    String[] ms = System.getProperty("fz.muts").split(";");
    Map<String, String> files = CheckFuzzTest.SEEDS.get(seed % CheckFuzzTest.SEEDS.size());
    List<String> names = new ArrayList<>(files.keySet());
    String name = names.get(target % names.size());
    byte[] bytes = files.get(name).getBytes(StandardCharsets.UTF_8);
    for (String m : ms) {
      String[] p = m.split(",");
      bytes = CheckFuzzTest.apply(new CheckFuzzTest.Mutation(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3])), bytes);
    }
    Path dir = Path.of("target/fuzz-repro");
    if (Files.exists(dir)) CheckFuzzTest.delete(dir.toAbsolutePath());
    Files.createDirectories(dir);
    for (var e : files.entrySet()) Files.writeString(dir.resolve(e.getKey()), e.getValue());
    Files.write(dir.resolve(name), bytes);
    System.out.println("MUTATED " + name + ":\n" + new String(bytes, StandardCharsets.UTF_8));
    Cli r = Cli.run("check", "--debug", dir.toString());
    System.out.println("EXIT " + r.exit() + "\n" + r.err());
  }
}
