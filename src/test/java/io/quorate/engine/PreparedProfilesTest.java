package io.quorate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorate.model.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The prepared form of the built-in profiles: the same profiles as the YAML, or none at all. */
class PreparedProfilesTest {
  static final Map<String, String> SOURCES = Profiles.sources();
  static final long CHECKSUM = PreparedProfiles.checksum(SOURCES);

  @Test
  void theBuildsPreparedFileHoldsExactlyWhatTheYamlSays() {
    byte[] shipped = Profiles.preparedBytes();
    assertThat(shipped).as("mvn process-classes writes " + Profiles.PREPARED).isNotNull();
    Profiles prepared = PreparedProfiles.decode(shipped, CHECKSUM);
    assertThat(prepared).as("made from these very YAML files").isNotNull();
    Profiles parsed = Profiles.load();
    assertThat(prepared.all()).isEqualTo(parsed.all());
    // order matters too: the docs go by file order
    assertThat(prepared.all().toString()).isEqualTo(parsed.all().toString());
    assertThat(Profiles.loadBuiltIn().all().toString()).isEqualTo(parsed.all().toString());
    assertThat(shipped).isEqualTo(Profiles.prepare());
  }

  @Test
  void everyKindOfParameterValueComesBackEqualAndInOrder() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("z", List.of(1, "two"));
    nested.put("a", null);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("text", "five clear days’ notice"); // non-ASCII survives
    params.put("int", -7);
    params.put("long", 1L << 40);
    params.put("double", 0.5);
    params.put("yes", true);
    params.put("no", false);
    params.put("none", null);
    params.put("date", new Date(1_370_000_000_000L));
    params.put("list", new ArrayList<>(Arrays.asList("a", null, 3)));
    params.put("map", nested);
    Profile p = new Profile("t", null, "d.txt", "words", Map.of("r", new Profile.Entry("r",
        new Source("d.txt", "1", "q"), params, Severity.WARNING, "a note")));
    Profile q = new Profile("u", "Body", null, null, Map.of("s", new Profile.Entry("s",
        new Source(null, "2", "quote"), Map.of(), null, null)));
    Map<String, Profile> byId = new LinkedHashMap<>();
    byId.put("t", p);
    byId.put("u", q);
    Profiles round = PreparedProfiles.decode(PreparedProfiles.encode(new Profiles(byId), 42), 42);
    assertThat(round.all()).containsExactly(p, q);
    assertThat(round.get("t").orElseThrow().rules().get("r").parameters().keySet()).containsExactly(
        "text", "int", "long", "double", "yes", "no", "none", "date", "list", "map");
    assertThat(round.get("t").orElseThrow().rules().get("r").parameters().get("long")).isInstanceOf(Long.class);
    assertThat(round.all().toString()).isEqualTo(List.of(p, q).toString());
  }

  @Test
  void aValueItCannotWriteStopsTheBuildNamingTheRule() {
    Profile p = new Profile("t", null, "d", null, Map.of("r", new Profile.Entry("r", new Source("d", "1", "q"),
        Map.of("set", Set.of(1)), null, null)));
    assertThatThrownBy(() -> PreparedProfiles.encode(new Profiles(Map.of("t", p)), 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("profile t, rule r: cannot prepare a parameter value of type java.util.ImmutableCollections$Set");
    Profile k = new Profile("t", null, "d", null, Map.of("r", new Profile.Entry("r", new Source("d", "1", "q"),
        Map.of("m", Map.of(1, "x")), null, null)));
    assertThatThrownBy(() -> PreparedProfiles.encode(new Profiles(Map.of("t", k)), 1))
        .isInstanceOf(IllegalStateException.class).hasMessage("profile t, rule r: parameter key 1 is not text");
  }

  @Test
  void stalePreparedDataIsIgnored() {
    byte[] good = PreparedProfiles.encode(Profiles.load(), CHECKSUM);
    assertThat(PreparedProfiles.decode(good, CHECKSUM)).isNotNull();
    assertThat(PreparedProfiles.decode(good, CHECKSUM + 1)).isNull();
    assertThat(PreparedProfiles.decode(null, CHECKSUM)).isNull();
    Map<String, String> edited = new LinkedHashMap<>(SOURCES);
    edited.put("common", SOURCES.get("common") + "# an edit\n");
    assertThat(PreparedProfiles.checksum(edited)).isNotEqualTo(CHECKSUM);
    Map<String, String> renamed = new LinkedHashMap<>();
    SOURCES.forEach((id, text) -> renamed.put(id.equals("common") ? "commons" : id, text));
    assertThat(PreparedProfiles.checksum(renamed)).isNotEqualTo(CHECKSUM);
  }

  @Test
  void damagedPreparedDataIsIgnored() {
    byte[] good = PreparedProfiles.encode(Profiles.load(), CHECKSUM);
    assertThat(PreparedProfiles.decode(Arrays.copyOf(good, good.length - 1), CHECKSUM)).as("truncated").isNull();
    assertThat(PreparedProfiles.decode(Arrays.copyOf(good, good.length + 1), CHECKSUM)).as("trailing byte").isNull();
    byte[] magic = good.clone();
    magic[0] ^= 1;
    assertThat(PreparedProfiles.decode(magic, CHECKSUM)).as("magic").isNull();
    byte[] version = good.clone();
    version[7] ^= 1;
    assertThat(PreparedProfiles.decode(version, CHECKSUM)).as("version").isNull();
    assertThat(PreparedProfiles.decode(new byte[0], CHECKSUM)).as("empty").isNull();
  }

  @Test
  void anUnknownValueTagIsDamage() {
    Profile p = new Profile("t", null, "d", null, Map.of("r", new Profile.Entry("r", new Source("d", "1", "q"),
        Map.of("k", "v"), null, null)));
    byte[] bytes = PreparedProfiles.encode(new Profiles(Map.of("t", p)), 3);
    assertThat(PreparedProfiles.decode(bytes, 3)).isNotNull();
    int tag = indexOf(bytes, (byte) 's');
    bytes[tag] = 'x';
    assertThat(PreparedProfiles.decode(bytes, 3)).isNull();
  }

  /** The first occurrence of a value tag after the fixed header and the profile's fields. */
  private static int indexOf(byte[] bytes, byte b) {
    // the map tag '{' of the parameters comes first; the string tag follows its count and key
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '{') {
        for (int j = i + 1; j < bytes.length; j++) if (bytes[j] == b && bytes[j - 1] == 'k') return j;
      }
    }
    throw new AssertionError("no tag");
  }
}
