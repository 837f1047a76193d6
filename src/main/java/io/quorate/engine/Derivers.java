package io.quorate.engine;

import java.util.List;

/** Every deriver, in the order they run. Add a concern's deriver here. */
final class Derivers {
  static final List<Deriver> ALL = List.of(
      new PeopleDeriver(),
      new NoticeDeriver(),
      new AttendanceDeriver(),
      new VotingDeriver(),
      new ReportingDeriver(),
      new PanelDeriver(),
      new MeetingProcedureDeriver(),
      new BoardSeriesDeriver(),
      new CogDeriver(),
      new PanelChecksDeriver(),
      new DismissalDeriver(),
      new CouncilDeriver(),
      new CoverageDeriver());

  private Derivers() {}
}
