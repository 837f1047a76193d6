package io.quorate.engine;

import io.quorate.engine.facts.Absence;
import io.quorate.engine.facts.Present;
import io.quorate.engine.facts.Seat;
import io.quorate.engine.facts.Substitution;
import io.quorate.model.Attendance;
import io.quorate.model.Board;
import io.quorate.model.Loc;
import io.quorate.model.Meeting;
import io.quorate.model.Member;
import java.util.List;
import java.util.function.Consumer;

/**
 * Who sits on each board, and who each meeting records as present, absent or substituting: one
 * fact each, as the input states it, for the rules to count and compare.
 */
final class PeopleDeriver implements Deriver {
  @Override
  public void derive(Context ctx, Consumer<Object> facts) {
    for (Board b : ctx.corpus().boards()) {
      for (Member m : b.members()) facts.accept(new Seat(b.id(), m));
    }
    for (Meeting m : ctx.corpus().meetings()) {
      Attendance a = m.attendance();
      List<String> present = a.present();
      for (int i = 0; i < present.size(); i++) {
        facts.accept(new Present(m.id(), present.get(i), a.where().at("present")));
      }
      for (Attendance.Apology ap : a.apologies()) {
        facts.accept(new Absence(m.id(), ap.member(), ap.notified(), ap.reason(), ap.consent(), ap.where().self()));
      }
      List<Attendance.Substitute> subs = a.substitutes();
      for (int i = 0; i < subs.size(); i++) {
        Attendance.Substitute s = subs.get(i);
        Loc loc = s.where().at("for");
        facts.accept(new Substitution(m.id(), s.name(), s.forMember(), s.organisation(), s.notified(), i + 1, loc));
      }
    }
  }
}
