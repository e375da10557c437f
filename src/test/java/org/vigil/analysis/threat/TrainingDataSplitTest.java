package org.vigil.analysis.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.analysis.threat.TrainingData.Example;
import org.vigil.analysis.threat.TrainingData.Split;

/**
 * The development fold on which the threshold and the training choices are made is made of whole ThreatGram
 * channels and whole HateCheck template families, as the validation split is, and shares none with training or
 * validation: otherwise its F1 overstates what the model does on unseen channels.
 */
class TrainingDataSplitTest {

    @Test
    void developmentAndValidationChannelsAreDisjoint() {
        assertThat(Collections.disjoint(TrainingData.THREATGRAM_DEVELOPMENT, TrainingData.THREATGRAM_HELD_OUT))
                .isTrue();
    }

    @Test
    void aThreatGramChannelLandsWholeInOneSplit(@TempDir Path data) throws IOException {
        Path file = data.resolve("threatgram101/threatgram101_train.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                [{"reply": "Hang them all", "telegramChannel": "TrumpSupportersChannel.json", "Label": 2},
                 {"reply": "Good morning", "telegramChannel": "TrumpSupportersChannel.json", "Label": 0},
                 {"reply": "Lock her up", "telegramChannel": "LacansWhreHouse.json", "Label": 1},
                 {"reply": "We will find you", "telegramChannel": "RiotDogs.json", "Label": 2},
                 {"reply": "Nice", "telegramChannel": "AnalyzingAmerica.json", "Label": 0}]
                """, StandardCharsets.UTF_8);
        Map<String, Split> split =
                TrainingData.threatGram(data).stream().collect(Collectors.toMap(Example::text, Example::split));
        assertThat(split)
                .containsEntry("Hang them all", Split.DEVELOPMENT)
                .containsEntry("Good morning", Split.DEVELOPMENT)
                .containsEntry("Lock her up", Split.DEVELOPMENT)
                .containsEntry("We will find you", Split.VALIDATION)
                .containsEntry("Nice", Split.TRAIN);
    }

    @Test
    void aHateCheckTemplateAndItsVariantsLandInOneSplit(@TempDir Path data) throws IOException {
        Path file = data.resolve("hatecheck_en/hatecheck_en_test_suite_cases.csv");
        Files.createDirectories(file.getParent());
        StringBuilder csv = new StringBuilder(",functionality,case_id,test_case,label_gold,target_ident,direction,"
                + "focus_words,focus_lemma,ref_case_id,ref_templ_id,templ_id,case_templ\n");
        // Forty templates, each with a misspelt variant pointing back to it.
        for (int t = 1; t <= 40; t++) {
            csv.append(t)
                    .append(",threat_dir_h,")
                    .append(t)
                    .append(",I will hurt the next person ")
                    .append(t)
                    .append(",hateful,women,general,,,,,")
                    .append(t)
                    .append(",x\n");
            csv.append(100 + t)
                    .append(",spell_char_swap_h,")
                    .append(100 + t)
                    .append(",I will hrut the next person ")
                    .append(t)
                    .append(",hateful,women,general,,,")
                    .append(t)
                    .append(',')
                    .append(t)
                    .append(',')
                    .append(100 + t)
                    .append(",x\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        List<Example> rows = TrainingData.hateCheck(data, 20260223L);
        for (int t = 1; t <= 40; t++) {
            String suffix = "person " + t;
            Set<Split> splits = rows.stream()
                    .filter(e -> e.text().endsWith(suffix))
                    .map(Example::split)
                    .collect(Collectors.toSet());
            assertThat(splits).as("template " + t).hasSize(1);
        }
        assertThat(rows.stream().map(Example::split).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Split.TRAIN, Split.DEVELOPMENT, Split.VALIDATION);
    }
}
