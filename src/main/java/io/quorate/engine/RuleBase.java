package io.quorate.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.conf.ConfigurationKey;
import org.kie.api.conf.OptionKey;
import org.kie.api.conf.OptionsConfiguration;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.conf.KnowledgeBuilderOption;
import org.kie.internal.builder.conf.MultiValueKieBuilderOption;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.builder.conf.SingleValueKieBuilderOption;

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
    return KieBaseBuilder.createKieBaseFromModel(models, KieServices.get().newKieBaseConfiguration(), new NotPropertyReactive());
  }

  /**
   * The one builder setting a rule base made from a generated model reads: property reactivity,
   * here only for classes that ask for it (none do). By default Drools makes every fact class
   * property reactive, working out by reflection which of its properties each pattern reads; that
   * matters only to rules that {@code modify} or {@code update} a fact, and quorate's rules never do
   * (facts are inserted, never changed: RuleMetaTest keeps it so). Skipping it takes ~10% off
   * building the rule base, the critical path of a one-file check. The full builder configuration
   * ({@code KnowledgeBuilderFactory}) would need the DRL compiler, which quorate does not ship.
   */
  static final class NotPropertyReactive implements KnowledgeBuilderConfiguration {
    @Override
    @SuppressWarnings("unchecked")
    public <C extends SingleValueKieBuilderOption> C getOption(OptionKey<C> key) {
      if (key == PropertySpecificOption.KEY) return (C) PropertySpecificOption.ALLOWED;
      throw new UnsupportedOperationException("the rule base's builder setting " + key.name() + " is not configured");
    }

    @Override
    public <C extends KnowledgeBuilderOption> void setOption(C option) {
      throw new UnsupportedOperationException("fixed configuration");
    }

    @Override
    public void makeImmutable() {
      // it is
    }

    @Override
    public ClassLoader getClassLoader() {
      return RuleBase.class.getClassLoader();
    }

    @Override
    public <X extends OptionsConfiguration<KnowledgeBuilderOption, SingleValueKieBuilderOption, MultiValueKieBuilderOption>> X as(
        ConfigurationKey<X> key) {
      throw new UnsupportedOperationException("fixed configuration");
    }

    @Override
    public boolean setProperty(String name, String value) {
      throw new UnsupportedOperationException("fixed configuration");
    }

    @Override
    public String getProperty(String name) {
      return null;
    }
  }
}
