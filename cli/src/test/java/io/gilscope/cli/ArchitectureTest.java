package io.gilscope.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The command line's layering: the root package holds the picocli commands; launch starts programs,
 * claims measures the seed articles' claims with it, demo shows them. Only the commands parse arguments.
 */
@AnalyzeClasses(packages = "io.gilscope.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** One slice per package, the root package io.gilscope.cli included (as "cli"). */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.gilscope.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheCommandsParseArguments = noClasses().that().resideInAnyPackage("io.gilscope.cli.*..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    /** Starting a program knows nothing of claims or pages. */
    @ArchTest
    static final ArchRule launchIsTheBottomLayer = noClasses().that().resideInAPackage("io.gilscope.cli.launch..")
            .should().dependOnClassesThat().resideInAnyPackage("io.gilscope.cli.claims..", "io.gilscope.cli.demo..");

    /** The interpreter and the agent are run as jars in child JVMs, never linked. */
    @ArchTest
    static final ArchRule runsTheJarsWithoutLinkingThem = noClasses().that().resideInAPackage("io.gilscope.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("io.gilscope.demo..", "io.gilscope.agent..");
}
