package io.gilscope.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The agent's package layering (main classes only: the test-only tinyvm is not the agent's). The root
 * package wires gil and jfr, gil emits jfr's events.
 */
@AnalyzeClasses(packages = "io.gilscope.agent", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** One slice per package, the root package io.gilscope.agent included (as "agent"). */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.gilscope.(**)").should().beFreeOfCycles();

    /** The agent instruments interpreters it is told about; it must not need demo-app's. */
    @ArchTest
    static final ArchRule agentDoesNotDependOnTheDemoInterpreter = noClasses().that().resideInAPackage("io.gilscope.agent..")
            .should().dependOnClassesThat().resideInAPackage("io.gilscope.demo..");

    /**
     * With option bootstrap, BootstrapJar copies only gil and jfr to the bootstrap class path, where
     * neither the rest of the agent nor its shaded Byte Buddy is visible.
     */
    @ArchTest
    static final ArchRule runtimeStandsOnItsOwn = noClasses().that().resideInAnyPackage("io.gilscope.agent.gil", "io.gilscope.agent.jfr")
            .should().dependOnClassesThat().resideInAnyPackage("io.gilscope.agent", "net.bytebuddy..");
}
