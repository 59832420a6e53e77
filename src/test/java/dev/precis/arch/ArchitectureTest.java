package dev.precis.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.precis.extract.offenders.ExtractReachesThePipeline;
import dev.precis.model.offenders.ModelUsesJsoup;
import dev.precis.pipeline.offenders.PipelineNeedsTheWarmup;
import dev.precis.store.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dependency rules of {@code ARCHITECTURE.md}: each package uses only what its row there allows.
 * One direction: triggers → pipeline → stages → model; the warm-up sits beside the triggers and nothing
 * in the order of work depends on it.
 */
class ArchitectureTest {

    /** Main classes only (tests may use anything). Rules are checked as plain JUnit tests. */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.precis");

    private static final String JDK = "java..";
    private static final String JSON = "com.fasterxml.jackson..";
    private static final String AWS_SDK = "software.amazon.awssdk..";
    private static final String[] STAGES = {"dev.precis.fetch..", "dev.precis.extract..", "dev.precis.summarize..",
            "dev.precis.store.."};

    static final ArchRule modelUsesTheJdkOnly = classes().that().resideInAPackage("dev.precis.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.precis.model..", JDK);

    static final ArchRule configUsesModelAndSmallRyeConfig = classes().that().resideInAPackage("dev.precis.config..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.precis.config..", "dev.precis.model..",
                    "io.smallrye.config..", "io.quarkus.runtime.configuration..", "org.eclipse.microprofile.config..", JDK);

    /** HTML and the JSON embedded in pages (JSON-LD, framework data), parsed with limits. */
    static final ArchRule extractUsesJsoupAndJson = classes().that().resideInAPackage("dev.precis.extract..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.precis.extract..", "dev.precis.model..",
                    "org.jsoup..", JSON, JDK);

    static final ArchRule fetchUsesModelConfigHttpAndS3 = classes().that().resideInAPackage("dev.precis.fetch..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.precis.fetch..", "dev.precis.model..",
                    "dev.precis.config..", AWS_SDK, JDK, "javax.net..", "javax.crypto..");

    /** The engines and the providers' wiring: LangChain4j, the AWS SDK for Bedrock, JSON for replies. */
    static final ArchRule summarizeUsesModelConfigAndModelClients = classes().that().resideInAPackage("dev.precis.summarize..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.precis.summarize..", "dev.precis.model..",
                    "dev.precis.config..", "dev.precis.secrets..", "dev.langchain4j..", AWS_SDK, JSON, JDK);

    /** Secrets: the AWS SDK's Secrets Manager and SSM clients, Jackson for JSON secrets; no other Precis package. */
    static final ArchRule secretsUsesTheAwsSdkAndJacksonOnly = classes().that().resideInAPackage("dev.precis.secrets..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.precis.secrets..", AWS_SDK, JSON, JDK);

    /** LangChain4j's {@code internal} packages are not its API: they change without notice. */
    static final ArchRule noOneUsesLangChain4jInternals = noClasses().should().dependOnClassesThat()
            .resideInAPackage("dev.langchain4j.internal..");

    static final ArchRule storeUsesModelConfigS3AndJson = classes().that().resideInAPackage("dev.precis.store..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.precis.store..", "dev.precis.model..",
                    "dev.precis.config..", AWS_SDK, JSON, JDK);

    /** Each stage does one job and knows no other stage: only the pipeline puts them in order. */
    static final ArchRule stagesDoNotKnowEachOther = noClasses().that().resideInAnyPackage(STAGES)
            .should().dependOnClassesThat().resideInAnyPackage("dev.precis.pipeline..", "dev.precis.function..",
                    "dev.precis.warmup..")
            .orShould(stageToStage());

    static final ArchRule stagesArePlainJava = noClasses().that().resideInAnyPackage(
                    "dev.precis.fetch..", "dev.precis.extract..", "dev.precis.summarize..", "dev.precis.store..",
                    "dev.precis.model..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.enterprise..", "jakarta.inject..", "io.quarkus..");

    /** The order of work knows neither its triggers nor the warm-up. */
    static final ArchRule pipelineKnowsNoTriggerNorWarmup = noClasses().that().resideInAPackage("dev.precis.pipeline..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.precis.function..", "dev.precis.warmup..");

    /** Triggers hand requests to the pipeline; they read the configuration and the store's naming rules. */
    static final ArchRule triggersGoThroughThePipeline = noClasses().that().resideInAPackage("dev.precis.function..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.precis.fetch..", "dev.precis.extract..",
                    "dev.precis.summarize..", "dev.precis.warmup..")
            .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.precis.store..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(Layout.class))));

    /** Nothing but Quarkus (at start-up) calls the warm-up. */
    static final ArchRule nothingDependsOnTheWarmup = noClasses().that().resideOutsideOfPackage("dev.precis.warmup..")
            .should().dependOnClassesThat().resideInAPackage("dev.precis.warmup..");

    /** The embedded S3 of quarkus dev stands apart: nothing uses it, and it uses no other part of Precis. */
    static final ArchRule nothingDependsOnTheDevS3 = noClasses().that().resideOutsideOfPackage("dev.precis.devs3..")
            .should().dependOnClassesThat().resideInAPackage("dev.precis.devs3..");

    static final ArchRule devS3UsesNoOtherPart = noClasses().that().resideInAPackage("dev.precis.devs3..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.precis..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("dev.precis.devs3.."))));

    private static com.tngtech.archunit.lang.ArchCondition<JavaClass> stageToStage() {
        return new com.tngtech.archunit.lang.ArchCondition<>("depend on another stage") {
            @Override
            public void check(JavaClass c,
                              com.tngtech.archunit.lang.ConditionEvents events) {
                String own = stageOf(c.getPackageName());
                c.getDirectDependenciesFromSelf().forEach(d -> {
                    String other = stageOf(d.getTargetClass().getPackageName());
                    if (own != null && other != null && !own.equals(other)) {
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.satisfied(d, d.getDescription()));
                    }
                });
            }
        };
    }

    /** {@code fetch}, {@code extract}, {@code summarize} or {@code store} for a package of one of them, else null. */
    private static String stageOf(String pkg) {
        for (String stage : new String[]{"fetch", "extract", "summarize", "store"}) {
            if (pkg.equals("dev.precis." + stage) || pkg.startsWith("dev.precis." + stage + ".")) return stage;
        }
        return null;
    }

    static Stream<ArchRule> rules() {
        return Stream.of(modelUsesTheJdkOnly, configUsesModelAndSmallRyeConfig, extractUsesJsoupAndJson,
                fetchUsesModelConfigHttpAndS3, summarizeUsesModelConfigAndModelClients, noOneUsesLangChain4jInternals,
                storeUsesModelConfigS3AndJson, stagesDoNotKnowEachOther, stagesArePlainJava,
                pipelineKnowsNoTriggerNorWarmup, triggersGoThroughThePipeline, nothingDependsOnTheWarmup,
                secretsUsesTheAwsSdkAndJacksonOnly, nothingDependsOnTheDevS3, devS3UsesNoOtherPart);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void holds(ArchRule rule) {
        rule.check(MAIN);
    }

    /** Each offender (test code, in a subpackage of the package whose rule it breaks) breaks the rule named. */
    static Stream<Arguments> offenders() {
        return Stream.of(
                Arguments.of(modelUsesTheJdkOnly, ModelUsesJsoup.class),
                Arguments.of(stagesDoNotKnowEachOther, ExtractReachesThePipeline.class),
                Arguments.of(pipelineKnowsNoTriggerNorWarmup, PipelineNeedsTheWarmup.class),
                Arguments.of(nothingDependsOnTheWarmup, PipelineNeedsTheWarmup.class));
    }

    @ParameterizedTest
    @MethodSource("offenders")
    void theProjectsRulesCatchAViolation(ArchRule rule, Class<?> offender) {
        JavaClasses offending = new ClassFileImporter().importClasses(offender);
        AssertionError e = assertThrows(AssertionError.class, () -> rule.check(offending), rule.getDescription());
        assertTrue(e.getMessage().contains(offender.getName()), "fails because of the offender: " + e.getMessage());
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        for (String p : new String[]{"model", "config", "fetch", "extract", "summarize", "store", "pipeline",
                "function", "warmup", "secrets", "devs3"}) {
            assertTrue(Files.exists(Path.of("src/main/java/dev/precis/" + p + "/package-info.java")),
                    "dev.precis." + p + " has no package-info.java");
        }
    }
}
