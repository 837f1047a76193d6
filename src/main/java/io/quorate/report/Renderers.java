package io.quorate.report;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of output formats; it also feeds {@code --format} help and completion. */
public final class Renderers implements Iterable<String> {
  private static final Map<String, Renderer> ALL = new LinkedHashMap<>();

  static {
    for (Renderer r : List.of(new TextRenderer(), new JsonRenderer())) ALL.put(r.name(), r);
    for (Renderer r : List.of(new SarifRenderer(), new JunitRenderer(), new GithubRenderer(), new HtmlRenderer())) ALL.put(r.name(), r);
  }

  public static Optional<Renderer> get(String name) {
    return Optional.ofNullable(ALL.get(name));
  }

  public static List<String> names() {
    return List.copyOf(ALL.keySet());
  }

  /** For picocli's completion candidates. */
  @Override
  public Iterator<String> iterator() {
    return names().iterator();
  }
}
