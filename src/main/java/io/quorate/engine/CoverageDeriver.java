package io.quorate.engine;

import io.quorate.model.Loc;
import io.quorate.model.Meeting;
import io.quorate.model.Panel;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Dates that working days are counted from or to, outside the years the bank-holiday data covers. */
final class CoverageDeriver implements Deriver {
  @Override
  public void derive(Context ctx, Consumer<Object> facts) {
    for (Meeting m : ctx.corpus().meetings()) {
      gap(ctx, m.id(), m.where().at("date"), "date", m.date(), facts);
      gap(ctx, m.id(), m.where().at("notice-sent"), "notice-sent", m.noticeSent(), facts);
      gap(ctx, m.id(), m.where().at("papers-sent"), "papers-sent", m.papersSent(), facts);
    }
    for (Panel p : ctx.corpus().panels()) {
      gap(ctx, p.id(), p.where().at("established"), "established", p.established(), facts);
      gap(ctx, p.id(), p.where().at("report-to-council"), "report-to-council", p.reportToCouncil(), facts);
    }
  }

  private static void gap(Context ctx, String subject, Loc loc, String field, LocalDate date, Consumer<Object> facts) {
    if (date != null && !ctx.calendar().covers(date)) {
      facts.accept(new Facts.CoverageGap(subject, loc, field, date, ctx.calendar().holidays().description()));
    }
  }
}
