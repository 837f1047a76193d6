package io.quorate;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: cli -> report, plan -> engine -> io, calendar -> model; text (how
 * outside text is made safe to print) is below them all and uses none of them; and the importers
 * (imports) stand apart: only cli uses them, and they use none of the other layers but text.
 */
class ArchitectureTest {
  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.quorate");

  @Test
  void layersPointOneWay() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("cli").definedBy("io.quorate.cli..")
        .layer("report").definedBy("io.quorate.report..", "io.quorate.plan..")
        .layer("engine").definedBy("io.quorate.engine..", "io.quorate.rules..")
        .layer("io").definedBy("io.quorate.io..")
        .layer("calendar").definedBy("io.quorate.calendar..")
        .layer("model").definedBy("io.quorate.model..")
        .layer("text").definedBy("io.quorate.text..")
        .layer("imports").definedBy("io.quorate.imports..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("engine").mayOnlyBeAccessedByLayers("cli", "report")
        .whereLayer("io").mayOnlyBeAccessedByLayers("cli", "report", "engine")
        .whereLayer("calendar").mayOnlyBeAccessedByLayers("cli", "report", "engine")
        .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "report", "engine", "io")
        .whereLayer("text").mayOnlyBeAccessedByLayers("cli", "report", "engine", "io", "calendar", "model", "imports")
        .whereLayer("imports").mayOnlyBeAccessedByLayers("cli")
        .check(CLASSES);
  }
}
