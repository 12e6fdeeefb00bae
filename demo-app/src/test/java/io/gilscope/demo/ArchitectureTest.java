package io.gilscope.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** The layering written down in package-info.java: no package cycles, and no use of the agent. */
@AnalyzeClasses(packages = "io.gilscope.demo", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /**
     * One slice per package. A pattern such as "io.gilscope.demo.(**)" would leave out the root
     * package, where Main lives, so the slices are assigned by package name.
     */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            return p.equals("io.gilscope.demo") || p.startsWith("io.gilscope.demo.") ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() { return "the packages of demo-app, its root package included"; }
    };

    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(PACKAGES).should().beFreeOfCycles();

    /** The agent instruments demo-app from outside; demo-app runs without it. */
    @ArchTest
    static final ArchRule noDependencyOnTheAgent = noClasses().that().resideInAPackage("io.gilscope.demo..")
            .should().dependOnClassesThat().resideInAPackage("io.gilscope.agent..");
}
