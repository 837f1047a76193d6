package io.quorate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs every case in rules/cases/: the findings of the case's rule must be exactly those expected. */
class RuleCasesTest {
  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> everyRuleCase() {
    return RuleCases.all().stream().map(c -> DynamicTest.dynamicTest(c.rule() + ": " + c.name(), c.file().toUri(),
        () -> {
          List<Finding> found = new ArrayList<>(c.run(temp).stream().filter(f -> f.rule().equals(c.rule())).toList());
          List<Finding> all = List.copyOf(found);
          for (RuleCases.Expect e : c.expect()) {
            for (int i = 0; i < e.count(); i++) {
              Finding match = found.stream().filter(f -> matches(f, e)).findFirst().orElse(null);
              assertThat(match).as("expected %s finding %s in %s", c.rule(), e, all).isNotNull();
              found.remove(match);
            }
          }
          assertThat(found).as("findings of %s not expected by the case", c.rule()).isEmpty();
        }));
  }

  static boolean matches(Finding f, RuleCases.Expect e) {
    return f.severity().key().equals(e.severity())
        && (e.subject() == null || e.subject().equals(f.subject()))
        && (e.messageContains() == null || f.message().contains(e.messageContains()))
        && (e.at() == null || pointsAt(f, e.at()));
  }

  /** Whether the finding points at {@code at}: line:column, or a file's name or path's end with them. */
  static boolean pointsAt(Finding f, String at) {
    String place = f.loc().line() + ":" + f.loc().column();
    if (at.equals(place)) return true;
    String full = f.loc().file() + ":" + place;
    return full.equals(at) || full.endsWith("/" + at);
  }
}
