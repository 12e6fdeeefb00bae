package io.gilscope.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The reports library's layering: analysis reads recordings, check judges their metrics, render writes
 * them out. Nothing here knows a command line; the CLI and the JUnit extension use the library.
 */
@AnalyzeClasses(packages = "io.gilscope.reports", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.gilscope.reports.(*)..").should().beFreeOfCycles();

    /** The analysis is the bottom layer: a recording in, numbers and findings out. */
    @ArchTest
    static final ArchRule analysisUsesNoOtherLayer = noClasses().that().resideInAPackage("io.gilscope.reports.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("io.gilscope.reports.check..", "io.gilscope.reports.render..");

    /** A verdict does not depend on how it is shown. */
    @ArchTest
    static final ArchRule checkDoesNotRender = noClasses().that().resideInAPackage("io.gilscope.reports.check..")
            .should().dependOnClassesThat().resideInAPackage("io.gilscope.reports.render..");

    /** A library: no command-line parser, and nothing of the modules built on it. */
    @ArchTest
    static final ArchRule noCommandLine = noClasses().that().resideInAPackage("io.gilscope.reports..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "io.gilscope.cli..", "io.gilscope.junit..");
}
