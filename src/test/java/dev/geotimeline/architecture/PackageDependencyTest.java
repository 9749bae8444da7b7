package dev.geotimeline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

/**
 * The package graph is a DAG: no package depends on one that depends back on it, directly or
 * through others. The HTTP edge ({@code web} and each feature's {@code rest} package) sits on
 * top; the feature cores below it are a DAG at the level of whole features too.
 */
class PackageDependencyTest {

    private static final String ROOT = "dev.geotimeline";
    private static final String[] EDGE = {"..rest..", ROOT + ".web..", ROOT + ".pagecache..", ROOT + ".security.."};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static final JavaClasses CORES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(PackageDependencyTest::outsideRestPackages)
            .importPackages(ROOT);

    @Test
    void noPackageIsInACycle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void featureCoresAreACycleFreeGraphOfFeatures() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CORES);
    }

    @Test
    void coresDoNotDependOnTheHttpEdge() {
        noClasses()
                .that()
                .resideOutsideOfPackages(EDGE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(EDGE)
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .check(MAIN);
    }

    private static boolean outsideRestPackages(Location location) {
        return !location.contains("/rest/");
    }
}
