package io.quorate.engine;

import io.quorate.model.Meeting;
import java.util.function.Consumer;

/** Clear working days between the notice and the meeting. */
final class NoticeDeriver implements Deriver {
  @Override
  public void derive(Context ctx, Consumer<Object> facts) {
    for (Meeting m : ctx.corpus().meetings()) {
      if (m.noticeSent() != null) {
        facts.accept(new Facts.DayCount(m.id(), "notice", m.noticeSent(), m.date(),
            ctx.calendar().span(m.noticeSent(), m.date()), ctx.calendar()));
      }
    }
  }
}
