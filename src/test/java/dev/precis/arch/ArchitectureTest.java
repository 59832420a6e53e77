package dev.precis.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency table of {@code docs/design.md}: each package uses only what its row allows. */
class ArchitectureTest {

    /** Main classes only (tests may use anything). Rules are checked as plain JUnit tests. */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.precis");

    private static final String JDK = "java..";

    static final ArchRule modelUsesTheJdkOnly = classes().that().resideInAPackage("dev.precis.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.precis.model..", JDK);

    static final ArchRule configUsesModelAndSmallRyeConfig = classes().that().resideInAPackage("dev.precis.config..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.precis.config..", "dev.precis.model..",
                    "io.smallrye.config..", "io.quarkus.runtime.configuration..", "org.eclipse.microprofile.config..", JDK);

    static final ArchRule extractUsesJsoupAndModelOnly = classes().that().resideInAPackage("dev.precis.extract..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.precis.extract..", "dev.precis.model..",
                    "org.jsoup..", JDK);

    static final ArchRule fetchUsesModelConfigHttpAndS3 = classes().that().resideInAPackage("dev.precis.fetch..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.precis.fetch..", "dev.precis.model..",
                    "dev.precis.config..", "software.amazon.awssdk..", JDK, "javax.net..", "javax.crypto..");

    static final ArchRule summarizeUsesModelConfigAndLangChain4j = classes().that().resideInAPackage("dev.precis.summarize..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.precis.summarize..", "dev.precis.model..",
                    "dev.precis.config..", "dev.langchain4j..", JDK);

    static final ArchRule storeUsesModelConfigS3AndJson = classes().that().resideInAPackage("dev.precis.store..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.precis.store..", "dev.precis.model..",
                    "dev.precis.config..", "software.amazon.awssdk..", "com.fasterxml.jackson..", JDK);

    /** Secrets: the AWS SDK's Secrets Manager and SSM clients, Jackson for JSON secrets; no other Precis package. */
    static final ArchRule secretsUsesTheAwsSdkAndJacksonOnly = classes().that().resideInAPackage("dev.precis.secrets..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.precis.secrets..", "software.amazon.awssdk..",
                    "com.fasterxml.jackson..", JDK);

    static final ArchRule onlyTheFunctionPackageUsesTriggers = noClasses().that().resideOutsideOfPackage("dev.precis.function..")
            .should().dependOnClassesThat().resideInAPackage("dev.precis.function..");

    static final ArchRule functionGoesThroughThePipeline = noClasses().that().resideInAPackage("dev.precis.function..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.precis.fetch..", "dev.precis.extract..",
                    "dev.precis.summarize..", "dev.precis.store..", "dev.precis.config..");

    static final ArchRule stagesDoNotKnowEachOther = noClasses().that().resideInAnyPackage("dev.precis.fetch..",
                    "dev.precis.extract..", "dev.precis.summarize..", "dev.precis.store..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.precis.pipeline..", "dev.precis.function..");

    static final ArchRule stagesArePlainJava = noClasses().that().resideInAnyPackage("dev.precis.fetch..",
                    "dev.precis.extract..", "dev.precis.summarize..", "dev.precis.store..", "dev.precis.model..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.enterprise..", "jakarta.inject..", "io.quarkus..");

    static Stream<ArchRule> rules() {
        return Stream.of(modelUsesTheJdkOnly, configUsesModelAndSmallRyeConfig, extractUsesJsoupAndModelOnly,
                fetchUsesModelConfigHttpAndS3, summarizeUsesModelConfigAndLangChain4j, storeUsesModelConfigS3AndJson,
                onlyTheFunctionPackageUsesTriggers, functionGoesThroughThePipeline, stagesDoNotKnowEachOther,
                stagesArePlainJava, secretsUsesTheAwsSdkAndJacksonOnly);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void holds(ArchRule rule) {
        rule.check(MAIN);
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        for (String p : new String[]{"model", "config", "fetch", "extract", "summarize", "store", "pipeline", "function", "secrets"}) {
            if (getClass().getClassLoader().getResource("dev/precis/" + p + "/package-info.class") == null
                    && !java.nio.file.Files.exists(java.nio.file.Path.of("src/main/java/dev/precis/" + p + "/package-info.java"))) {
                throw new AssertionError("dev.precis." + p + " has no package-info.java");
            }
        }
    }

    @Test
    void theRulesCatchAViolation() {
        JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> classes().should().onlyDependOnClassesThat().resideInAnyPackage("dev.precis.model..", JDK)
                        .check(offender));
    }

    /** Depends on jsoup: the kind of dependency the extract rule forbids elsewhere. */
    static final class Offender {
        Object parse() {
            return org.jsoup.Jsoup.parse("<p>x</p>");
        }
    }
}
