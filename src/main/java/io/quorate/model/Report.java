package io.quorate.model;

import java.time.LocalDate;
import java.util.List;

/** A report from one body to one or more others. */
public record Report(String id, String from, List<String> to, LocalDate date, String title, Where where,
    String reportType, String approvedBy, LocalDate approved) {
  public Report {
    to = List.copyOf(to);
  }
}
