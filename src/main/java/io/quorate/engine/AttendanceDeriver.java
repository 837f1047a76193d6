package io.quorate.engine;

import io.quorate.model.Attendance;
import io.quorate.model.Board;
import io.quorate.model.Meeting;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Who is present at each meeting, and each board's quorum. */
final class AttendanceDeriver implements Deriver {
  @Override
  public void derive(Context ctx, Consumer<Object> facts) {
    for (Board b : ctx.corpus().boards()) {
      ctx.config(b.id(), "quorum").ifPresent(rc -> {
        Fraction f = rc.fraction("quorum");
        boolean seats = rc.word("quorum-base", "members").equals("seats") && b.seats() != null;
        int base = seats ? b.seats() : b.members().size();
        facts.accept(new Facts.QuorumNeed(b.id(), f, base, base + (seats ? " seats" : " members"), f.ceilOf(base)));
      });
    }
    for (Meeting m : ctx.corpus().meetings()) facts.accept(presence(m, ctx.board(m.board())));
  }

  static Facts.Presence presence(Meeting m, Board b) {
    Attendance a = m.attendance();
    Set<String> present = new HashSet<>(a.present());
    int subs = 0;
    for (Attendance.Substitute s : a.substitutes()) {
      // a substitute counts in place of an absent member only (rules-catalogue R28, R36)
      if (!present.contains(s.forMember()) && b.member(s.forMember()).isPresent()) subs++;
    }
    return new Facts.Presence(m.id(), present.size() + subs, present.size(), subs, m.hasDecisionBusiness());
  }
}
