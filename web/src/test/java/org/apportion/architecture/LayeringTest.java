package org.apportion.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the modules' layering: domain and services (ejb) know nothing of batch jobs or the web; batch jobs
 * know nothing of the web; REST and UI do not reach into each other; features do not form cycles.
 * Lives in the web module because only here are all three layers on the classpath.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importApportion() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.apportion");
    }

    @Test
    void domainAndServicesDependOnNeitherBatchJobsNorWeb() {
        noClasses().that().resideOutsideOfPackages("org.apportion.batch..", "org.apportion.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apportion.batch..", "org.apportion.web..")
                .check(classes);
    }

    @Test
    void batchJobsDoNotDependOnWeb() {
        noClasses().that().resideInAPackage("org.apportion.batch..")
                .should().dependOnClassesThat().resideInAPackage("org.apportion.web..")
                .check(classes);
    }

    @Test
    void restApiAndUiStayApart() {
        noClasses().that().resideInAPackage("org.apportion.web.api..")
                .should().dependOnClassesThat().resideInAPackage("org.apportion.web.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("org.apportion.web.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.apportion.web.api..")
                .check(classes);
    }

    @Test
    void theWebLayerUsesServicesNotTheEntityManager() {
        noClasses().that().resideInAPackage("org.apportion.web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(classes);
    }

    @Test
    void domainFeaturesHaveNoCycles() {
        slices().matching("org.apportion.(*)..").should().beFreeOfCycles().check(classes);
    }
}
