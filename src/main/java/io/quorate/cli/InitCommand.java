package io.quorate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Prints a commented template to start from: a board, or a meeting of that board.",
        "  quorate init board > board.yaml",
        "  quorate init meeting > meeting-2026-05-20.yaml",
        "  quorate check ."})
final class InitCommand implements Callable<Integer> {
  static final List<String> KINDS = List.of("board", "meeting");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", completionCandidates = Kinds.class,
      description = "what to start: ${COMPLETION-CANDIDATES}")
  String kind;

  static final class Kinds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return KINDS.iterator();
    }
  }

  static String template(String kind) throws IOException {
    try (InputStream in = InitCommand.class.getResourceAsStream("/io/quorate/templates/" + kind + ".yaml")) {
      if (in == null) throw new IOException("template " + kind + " missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public Integer call() throws IOException {
    if (!KINDS.contains(kind)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no template for `" + kind + "`"
          + io.quorate.io.Suggest.didYouMean(kind, KINDS) + "; choose board or meeting");
    }
    spec.commandLine().getOut().print(template(kind));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
