package org.vigil.analysis.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.analysis.targets.SeedFixtures.mentions;
import static org.vigil.analysis.targets.SeedFixtures.person;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.analysis.Document;
import org.vigil.analysis.DocumentKind;
import org.vigil.analysis.EntityType;
import org.vigil.analysis.Mention;
import org.vigil.analysis.Span;
import org.vigil.analysis.Target;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.analysis.threat.ThreatAssessment;
import org.vigil.analysis.threat.ThreatAssessment.Finding;
import org.vigil.analysis.threat.ThreatClassifier;

/**
 * The seed scenario's news articles, with mentions placed where the names really stand in the texts: who is the
 * target of the reported threats and of the past attack, and who is only quoted.
 */
class SeedScenarioTargetsTest {

    private final TargetResolver resolver = new TargetResolver(SeedFixtures.registry());
    private final ThreatClassifier classifier = ThreatClassifier.loadDefault();

    private static final String SEED_002 = SeedFixtures.text("002.txt");
    private static final String SEED_000 = SeedFixtures.text("000.txt");

    private static List<Mention> seed002Mentions() {
        return mentions(
                SEED_002,
                person("yerkhov", "Alexei Yerkhov"),
                person("yerkhov", "Yerkhov"),
                person("yerkhov", "Andrei Erokhov"),
                person("yerkhov", "Alexey Erkhov"),
                person("yerkhov", "Andrei Erokhin", 0.2),
                person("karlov", "Andrei Karlov"),
                person("karlov", "Karlov"),
                person("kasimova", "Irina Kasimova"),
                person("peskov", "Dmitry Peskov"),
                person("peskov", "Dmitry Pesk Ov"),
                mission("ru-embassy-ankara", "Russian embassy in Ankara"));
    }

    private static List<Mention> seed000Mentions() {
        return mentions(
                SEED_000,
                person("lavrov", "Sergey Lavrov"),
                person("lavrov", "Sergei Lavrov"),
                person("lavrov", "Lavrov"),
                person("karlov", "Andrey Karlov"),
                person("karlov", "Andrei Karlov"),
                person("karlov", "Karlov"));
    }

    private static Target target(List<Target> targets, String id) {
        return targets.stream().filter(t -> t.entityId().equals(id)).findFirst().orElse(null);
    }

    @ParameterizedTest(name = "kind {0}")
    @EnumSource(value = DocumentKind.class, names = "ARTICLE")
    void seed002ReportsThreatsAgainstTheAmbassadorAndThePastAttackOnKarlov(DocumentKind kind) {
        ThreatAssessment assessment = classifier.assess(SEED_002, "en", kind);
        List<Target> targets = resolver.resolve(
                new Document("seed-002", SEED_002, null, null, null, null, "en", kind, null),
                seed002Mentions(),
                assessment);

        assertThat(assessment.threat().categories())
                .contains(ThreatCategory.REPORTED_THREAT, ThreatCategory.ATTACK)
                .doesNotContain(ThreatCategory.DIRECT_THREAT);
        assertThat(target(targets, "yerkhov")).isNotNull();
        assertThat(target(targets, "yerkhov").confidence()).isGreaterThan(0.5);
        assertThat(target(targets, "ru-embassy-ankara")).isNotNull();
        assertThat(target(targets, "ru-embassy-ankara").type()).isEqualTo(EntityType.MISSION);
        assertThat(target(targets, "karlov")).isNotNull();
        assertThat(target(targets, "lavrov")).isNull();
        assertThat(target(targets, "peskov")).isNull();
        assertThat(target(targets, "kasimova")).isNull();

        // The reported threat against Yerkhov comes from a REPORTED_THREAT finding near his name, Karlov's from an
        // ATTACK.
        assertThat(findingsNear(assessment, SEED_002, "threats to the Russian ambassador Alexey Erkhov"))
                .extracting(Finding::category)
                .contains(ThreatCategory.REPORTED_THREAT);
        assertThat(findingsNear(assessment, SEED_002, "assassination of Ambassador Andrei Karlov"))
                .extracting(Finding::category)
                .containsOnly(ThreatCategory.ATTACK);

        for (String quoted : List.of("Farewell to life", "No one will mourn you", "It is time for you to burn up")) {
            int at = SEED_002.indexOf(quoted);
            assertThat(assessment.threat().evidence())
                    .as("evidence covers the quoted threat \"%s\"", quoted)
                    .anySatisfy(span -> {
                        assertThat(span.start()).isLessThanOrEqualTo(at);
                        assertThat(span.end()).isGreaterThanOrEqualTo(at + quoted.length() - 3);
                    });
        }
        for (Span span : assessment.threat().evidence()) {
            assertThat(SEED_002.substring(span.start(), span.end())).isEqualTo(span.text());
        }
    }

    @Test
    void seed002WithoutAKindIsReadAsAnArticle() {
        ThreatAssessment assessment = classifier.assess(SEED_002, "en", null);
        assertThat(assessment.threat().categories())
                .contains(ThreatCategory.REPORTED_THREAT)
                .doesNotContain(ThreatCategory.DIRECT_THREAT);
        List<Target> targets = resolver.resolve(Document.of("seed-002", SEED_002), seed002Mentions(), assessment);
        assertThat(targets)
                .extracting(Target::entityId)
                .contains("yerkhov", "ru-embassy-ankara", "karlov")
                .doesNotContain("lavrov", "peskov");
    }

    @Test
    void seed000MakesKarlovTheTargetOfAnAttackAndNotTheMinisterWhoSpeaksOfIt() {
        ThreatAssessment assessment = classifier.assess(SEED_000, "en", DocumentKind.ARTICLE);
        List<Target> targets = resolver.resolve(
                new Document("seed-000", SEED_000, null, null, null, null, "en", DocumentKind.ARTICLE, null),
                seed000Mentions(),
                assessment);

        assertThat(assessment.threat().categories()).contains(ThreatCategory.ATTACK);
        assertThat(assessment.threat().level()).isGreaterThanOrEqualTo(ThreatLevel.MEDIUM);
        assertThat(target(targets, "karlov")).isNotNull();
        assertThat(target(targets, "ru-embassy-ankara")).isNotNull();
        assertThat(target(targets, "lavrov")).isNull();
    }

    @Test
    void aMentionWithoutAnyFindingIsNoTarget() {
        String text = "Foreign Minister Sergey Lavrov met Ambassador Alexei Yerkhov in Moscow to discuss trade.";
        ThreatAssessment assessment = classifier.assess(text, "en", DocumentKind.ARTICLE);
        List<Target> targets = resolver.resolve(
                Document.of("d", text),
                mentions(text, person("lavrov", "Sergey Lavrov"), person("yerkhov", "Alexei Yerkhov")),
                assessment);
        assertThat(targets).isEmpty();
    }

    private static List<Finding> findingsNear(ThreatAssessment assessment, String text, String phrase) {
        int at = text.indexOf(phrase);
        assertThat(at).as("phrase in text").isNotNegative();
        return assessment.findings().stream()
                .filter(f -> f.span().start() >= at && f.span().end() <= at + phrase.length())
                .toList();
    }

    static SeedFixtures.Surface mission(String id, String text) {
        return SeedFixtures.mission(id, text);
    }
}
