package io.quorate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Where hashes by its own location, and still compares every key's. */
class WhereTest {
  @Test
  void equalWheresHashAlikeAndKeysStillCountForEquality() {
    Loc self = new Loc("m.yaml", 3, 1);
    Where a = new Where(self, Map.of("date", new Loc("m.yaml", 4, 7), "notice-sent", new Loc("m.yaml", 5, 14)));
    Where b = new Where(new Loc("m.yaml", 3, 1), Map.of("notice-sent", new Loc("m.yaml", 5, 14), "date", new Loc("m.yaml", 4, 7)));
    Where c = new Where(self, Map.of("date", new Loc("m.yaml", 4, 8)));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(c);
    assertThat(a.hashCode()).isEqualTo(self.hashCode());
    assertThat(a.at("notice-sent")).isEqualTo(new Loc("m.yaml", 5, 14));
    assertThat(a.at("papers-sent")).isEqualTo(self);
  }
}
