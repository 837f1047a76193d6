package io.quorate.engine;

import io.quorate.model.Panel;
import java.util.function.Consumer;

/** Working days between a panel's establishment and the Council meeting that receives its report. */
final class PanelDeriver implements Deriver {
  @Override
  public void derive(Context ctx, Consumer<Object> facts) {
    for (Panel p : ctx.corpus().panels()) {
      if (p.established() != null && p.reportToCouncil() != null) {
        facts.accept(new Facts.DayCount(p.id(), "panel-lead", p.established(), p.reportToCouncil(),
            ctx.calendar().span(p.established(), p.reportToCouncil()), ctx.calendar()));
      }
    }
  }
}
