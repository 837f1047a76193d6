package io.quorate;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorate.engine.Finding;
import io.quorate.model.AgendaItem;
import io.quorate.model.Loc;
import io.quorate.model.Meeting;
import io.quorate.model.Source;
import io.quorate.model.Vote;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The records whose equals or hashCode a one-file check calls are written out (a record's implicit
 * methods start java.lang.invoke's machinery on first call, ~30 ms of a cold run). These tests keep
 * the written-out methods what the implicit ones would be: every component counts, equal records
 * hash alike; and keep them written out (no invokedynamic in their bodies).
 */
class RecordMethodsTest {
  static final Map<String, Class<?>> RECORDS = Map.of(
      "Loc", Loc.class, "Source", Source.class, "Finding", Finding.class, "AgendaItem", AgendaItem.class,
      "Vote", Vote.class, "Minutes", Meeting.Minutes.class);

  @ParameterizedTest
  @ValueSource(strings = {"Loc", "Source", "Finding", "AgendaItem", "Vote", "Minutes"})
  void equalRecordsHashAlikeAndEveryComponentCounts(String name) throws Exception {
    Class<?> type = RECORDS.get(name);
    RecordComponent[] components = type.getRecordComponents();
    Object a = make(type, -1, 0);
    Object same = make(type, -1, 0);
    assertThat(a).isEqualTo(same).isNotSameAs(same);
    assertThat(a.hashCode()).isEqualTo(same.hashCode());
    assertThat(a.equals(null)).isFalse();
    for (int i = 0; i < components.length; i++) {
      Object other = make(type, i, 1);
      assertThat(a).as(name + "." + components[i].getName() + " differs").isNotEqualTo(other);
      assertThat(a.hashCode()).as(name + "." + components[i].getName() + " is hashed").isNotEqualTo(other.hashCode());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Loc", "Source", "Finding", "AgendaItem", "Vote", "Minutes"})
  void theirHashCodeIsWrittenOut(String name) {
    assertThat(body(RECORDS.get(name), "public int hashCode()")).doesNotContain("invokedynamic").contains("ireturn");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Minutes"})
  void theirEqualsIsWrittenOut(String name) {
    assertThat(body(RECORDS.get(name), "public boolean equals(java.lang.Object)")).doesNotContain("invokedynamic")
        .contains("ireturn");
  }

  /** The bytecode of one method, by javap. */
  private static String body(Class<?> type, String signature) {
    StringWriter out = new StringWriter();
    String classes = type.getProtectionDomain().getCodeSource().getLocation().getPath();
    int rc = ToolProvider.findFirst("javap").orElseThrow()
        .run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-c", "-cp", classes, type.getName());
    assertThat(rc).isZero();
    String text = out.toString();
    int at = text.indexOf("  " + signature + ";");
    assertThat(at).as(type.getName() + " declares " + signature).isNotNegative();
    int end = text.indexOf("\n\n", at);
    return text.substring(at, end < 0 ? text.length() : end);
  }

  /** An instance with every component set from {@code variant} 0, except component {@code changed} from {@code variant}. */
  static Object make(Class<?> type, int changed, int variant) throws Exception {
    RecordComponent[] cs = type.getRecordComponents();
    Object[] args = new Object[cs.length];
    for (int i = 0; i < cs.length; i++) args[i] = sample(cs[i].getType(), i == changed ? variant : 0);
    Constructor<?> c = type.getDeclaredConstructor(Arrays.stream(cs).map(RecordComponent::getType).toArray(Class[]::new));
    c.setAccessible(true);
    return c.newInstance(args);
  }

  private static Object sample(Class<?> t, int v) throws Exception {
    if (t == int.class || t == Integer.class) return 7 + v;
    if (t == boolean.class || t == Boolean.class) return v == 1;
    if (t == String.class) return "s" + v;
    if (t == LocalDate.class) return LocalDate.of(2013, 5, 20).plusDays(v);
    if (t == List.class) return List.of("l" + v);
    if (t == Map.class) return Map.of("k", new Loc("f", 3 + v, 1));
    if (t.isEnum()) return t.getEnumConstants()[v];
    if (t.isRecord()) return make(t, v == 0 ? -1 : 0, v);
    throw new AssertionError("no sample value for " + t.getName() + ": add one");
  }
}
