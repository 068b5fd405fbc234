package org.humstats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layout the README describes, checked on the compiled classes. */
class PackageStructureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.humstats");
    }

    @Test
    void shouldHaveNoCycleBetweenFeaturePackages() {
        slices().matching("org.humstats.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void shouldKeepTheSharedPackagesFreeOfFeatures() {
        noClasses().that().resideInAnyPackage("org.humstats.common..", "org.humstats.database..")
                .should().dependOnClassesThat().resideInAnyPackage("org.humstats.aggregate..", "org.humstats.document..",
                        "org.humstats.export..", "org.humstats.figure..", "org.humstats.history..", "org.humstats.ingest..",
                        "org.humstats.location..", "org.humstats.metric..", "org.humstats.security..", "org.humstats.seed..",
                        "org.humstats.source..")
                .check(classes);
    }

    @Test
    void shouldKeepTheChangeLogFreeOfEntityTypes() {
        noClasses().that().resideInAPackage("org.humstats.history..")
                .should().dependOnClassesThat().resideInAnyPackage("org.humstats.figure..", "org.humstats.document..",
                        "org.humstats.source..", "org.humstats.location..")
                .check(classes);
    }

    @Test
    void shouldKeepTheCountingRulesFreeOfTheDatabaseAndHttp() {
        noClasses().that().resideInAPackage("org.humstats.aggregate")
                .and().haveNameNotMatching("org\\.humstats\\.aggregate\\.(FigureSelection|AggregateService|AggregateResource)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "jakarta.persistence..", "jakarta.ws.rs..",
                        "org.humstats.database..", "org.humstats.location..")
                .check(classes);
    }
}
