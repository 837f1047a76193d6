package io.quorate.report;

import java.io.PrintWriter;

/** Writes a check's results in one format. */
public interface Renderer {
  String name();

  String description();

  void render(Results results, PrintWriter out);
}
