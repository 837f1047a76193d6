package io.quorate.report;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The registry of output formats; it also feeds {@code --format} help and completion. A renderer
 * is made only when asked for: the JSON and SARIF ones bring Jackson in, which a plain-text check
 * should not pay for at start-up.
 */
public final class Renderers implements Iterable<String> {
  private static final Map<String, Supplier<Renderer>> ALL = new LinkedHashMap<>();

  static {
    ALL.put("text", TextRenderer::new);
    ALL.put("json", JsonRenderer::new);
    ALL.put("sarif", SarifRenderer::new);
    ALL.put("junit", JunitRenderer::new);
    ALL.put("github", GithubRenderer::new);
    ALL.put("html", HtmlRenderer::new);
  }

  public static Optional<Renderer> get(String name) {
    Supplier<Renderer> make = ALL.get(name);
    return make == null ? Optional.empty() : Optional.of(make.get());
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
