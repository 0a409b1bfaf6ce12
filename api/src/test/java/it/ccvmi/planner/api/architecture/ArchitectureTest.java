package it.ccvmi.planner.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module and package rules of the README's architecture section, checked on the compiled classes of every
 * module the service is built from (benchmarks are kept off the api by Maven: they do not depend on it).
 */
class ArchitectureTest {

    private static final String[] SPRING_AND_JPA = {"org.springframework..", "jakarta.persistence..",
        "org.hibernate..", "jakarta.transaction.."};

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureTest::notATestJar).importPackages("it.ccvmi.planner");
    }

    /** Maven's verify phase puts the data module's tests on the classpath as its -tests.jar, not test-classes. */
    private static boolean notATestJar(Location location) {
        return !location.matches(TEST_JAR);
    }

    @Test
    void solverRoutingAndPlanningAreFreeOfSpringAndJpa() {
        noClasses().that().resideInAnyPackage("it.ccvmi.planner.solver..", "it.ccvmi.planner.routing..",
                        "it.ccvmi.planner.planning..")
                .should().dependOnClassesThat().resideInAnyPackage(SPRING_AND_JPA)
                .check(classes);
    }

    @Test
    void modulesDependOnlyDownTheGraph() {
        noClasses().that().resideInAPackage("it.ccvmi.planner.solver..")
                .should().dependOnClassesThat().resideInAnyPackage("it.ccvmi.planner.routing..",
                        "it.ccvmi.planner.planning..", "it.ccvmi.planner.data..", "it.ccvmi.planner.api..")
                .check(classes);
        noClasses().that().resideInAPackage("it.ccvmi.planner.routing..")
                .should().dependOnClassesThat().resideInAnyPackage("it.ccvmi.planner.solver..",
                        "it.ccvmi.planner.planning..", "it.ccvmi.planner.data..", "it.ccvmi.planner.api..")
                .check(classes);
        noClasses().that().resideInAPackage("it.ccvmi.planner.planning..")
                .should().dependOnClassesThat().resideInAnyPackage("it.ccvmi.planner.data..",
                        "it.ccvmi.planner.api..")
                .check(classes);
        noClasses().that().resideInAPackage("it.ccvmi.planner.data..")
                .should().dependOnClassesThat().resideInAnyPackage("it.ccvmi.planner.api..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("it.ccvmi.planner.(**)").should().beFreeOfCycles().check(classes);
    }

    /** Every package says what it holds and what it may depend on (javac keeps no class for a bare package-info). */
    @Test
    void everyPackageHasItsPackageInfo() throws IOException {
        Path root = Path.of(System.getProperty("cisiamo.repo.root", ".."));
        List<Path> missing;
        try (Stream<Path> files = Files.walk(root, 12)) {
            missing = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> file.toString().contains("/src/main/java/"))
                    .map(Path::getParent).distinct()
                    .filter(directory -> !Files.exists(directory.resolve("package-info.java")))
                    .toList();
        }
        assertThat(missing).isEmpty();
    }

    /** The api is split by feature (jobs, plans, sites, ...), never by layer. */
    @Test
    void apiPackagesAreFeatures() {
        noClasses().that().resideInAPackage("it.ccvmi.planner.api..")
                .should().resideInAnyPackage("..controller..", "..controllers..", "..service..", "..services..",
                        "..repository..", "..repositories..", "..dto..", "..model..", "..entity..")
                .check(classes);
    }
}
