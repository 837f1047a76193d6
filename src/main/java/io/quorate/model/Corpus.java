package io.quorate.model;

import java.util.List;

/** Everything loaded for one run: the files read and the documents they hold. */
public record Corpus(
    List<String> files,
    List<Board> boards,
    List<Meeting> meetings,
    List<Report> reports,
    List<Panel> panels,
    List<Dismissal> dismissals) {
  public Corpus {
    files = List.copyOf(files);
    boards = List.copyOf(boards);
    meetings = List.copyOf(meetings);
    reports = List.copyOf(reports);
    panels = List.copyOf(panels);
    dismissals = List.copyOf(dismissals);
  }
}
