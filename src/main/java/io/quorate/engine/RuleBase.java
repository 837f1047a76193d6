package io.quorate.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The rule base, built at start-up straight from the executable model that kie-maven-plugin
 * generated from rules/*.drl at build time. No DRL is parsed or compiled at run time.
 */
public final class RuleBase {
  /** Written by kie-maven-plugin: a version line, then the generated model class names. */
  static final String MODEL_INDEX = "/META-INF/kie/io.quorate/quorate/drools-model";

  private RuleBase() {}

  private static final class Holder {
    static final KieBase KIE_BASE = build();
  }

  public static KieBase kieBase() {
    return Holder.KIE_BASE;
  }

  static KieBase build() {
    List<Model> models = new ArrayList<>();
    try (InputStream in = RuleBase.class.getResourceAsStream(MODEL_INDEX)) {
      if (in == null) throw new IllegalStateException("the generated rule model is missing from the jar: rebuild with mvn package");
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        line = line.trim();
        if (line.isEmpty() || line.startsWith("Drools-Model-Version")) continue;
        models.add((Model) Class.forName(line).getDeclaredConstructor().newInstance());
      }
    } catch (IOException | ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load the generated rule model", e);
    }
    return KieBaseBuilder.createKieBaseFromModel(models);
  }
}
