package org.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil train} on a small data folder laid out like shared/data: the same seed gives the same model file byte
 * for byte, and bad usage is refused with a reason.
 */
class TrainCommandTest {

    @TempDir
    static Path data;

    @BeforeAll
    static void writeData() throws IOException {
        write("threatgram101/threatgram101_train.json", """
                [{"reply": "I will kill you and your family", "telegramChannel": "A.json", "Label": 2, "replyDate": 1},
                 {"reply": "Hang the traitors, all of them", "telegramChannel": "B.json", "Label": 2, "replyDate": 1},
                 {"reply": "Lock her up for lying", "telegramChannel": "A.json", "Label": 1, "replyDate": 1},
                 {"reply": "Great show last night", "telegramChannel": "B.json", "Label": 0, "replyDate": 1},
                 {"reply": "We are coming for you, you will die", "telegramChannel": "RiotDogs.json", "Label": 2, "replyDate": 1},
                 {"reply": "Nice weather in Ankara", "telegramChannel": "RiotDogs.json", "Label": 0, "replyDate": 1}]
                """);
        write("hatecheck_en/hatecheck_en_test_suite_cases.csv", """
                ,functionality,case_id,test_case,label_gold,target_ident,direction,focus_words,focus_lemma,ref_case_id,ref_templ_id,templ_id,case_templ
                0,threat_dir_h,1,I am going to shoot the next woman I see.,hateful,women,general,,,,,1,x
                1,derog_neg_emote_h,2,I hate women.,hateful,women,general,,,,,2,x
                2,ident_neutral_nh,3,We are a group of women.,non-hateful,women,general,,,,,3,x
                3,spell_char_swap_h,4,I am going to shoto the next woman I see.,hateful,women,general,,,1,1,4,x
                """);
        write(
                "olid_en/olid-training-v1.0.tsv",
                "id\ttweet\tsubtask_a\tsubtask_b\tsubtask_c\n"
                        + "1\t@USER you are an idiot\tOFF\tTIN\tIND\n2\t@USER have a nice day\tNOT\tNULL\tNULL\n");
        write(
                "davidson2017/labeled_data.csv",
                ",count,hate_speech,offensive_language,neither,class,tweet\n"
                        + "0,3,0,3,0,1,\"what a stupid game\"\n1,3,0,0,3,2,\"lovely morning\"\n");
        write("offenseval_tr/offenseval-tr-training-v1.tsv", "1\tsen bir aptalsın\tOFF\n2\tgünaydın herkese\tNOT\n");
        write("osact4_ar/OSACT2020-sharedTask-train.txt", "يا حمار\tOFF\tNOT_HS\nصباح الخير\tNOT_OFF\tNOT_HS\n");
        write("osact4_ar/OSACT2020-sharedTask-dev.txt", "يا كلب\tOFF\tNOT_HS\n");
        write("lhsab_ar/L-HSAB.tsv", "Tweet\tClass\nانت حقير\tabusive\nمرحبا\tnormal\n");
        write("ru_toxic/train.csv", "comment,labels\n\"ты идиот\",1.0\n\"хорошая погода\",0.0\n");
        write("ru_toxic/val.csv", "comment,labels\n\"убью тебя, тварь\",1.0\n");
    }

    private static void write(String name, String content) throws IOException {
        Path p = data.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private record Run(int status, String out, String err) {}

    private static Run train(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TrainCommand.run(
                args,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSameSeedGivesTheSameModelFile(@TempDir Path out) throws IOException {
        Path a = out.resolve("a.bin.gz");
        Path b = out.resolve("b.bin.gz");
        Path c = out.resolve("c.bin.gz");
        Run first = train("--data", data.toString(), "--seed", "7", "--out", a.toString());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).contains("threat epoch", "abuse epoch", "threshold", "wrote");
        assertThat(train("--data", data.toString(), "--seed", "7", "--out", b.toString())
                        .status())
                .isZero();
        assertThat(train("--data", data.toString(), "--seed", "8", "--out", c.toString())
                        .status())
                .isZero();

        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
        assertThat(Files.size(a)).isLessThan(5_000_000);
    }

    @Test
    void badUsageIsRefusedWithAReason() {
        Run unknown = train("--frobnicate");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown or incomplete option '--frobnicate'", "usage: vigil train");

        Run seed = train("--data", data.toString(), "--seed", "seven");
        assertThat(seed.status()).isEqualTo(2);
        assertThat(seed.err()).contains("--seed needs a whole number, got 'seven'");

        Run missing = train("--data", data.resolve("nowhere").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");
    }

    @Test
    void aDataFolderWithoutTheExpectedFilesSaysWhichIsMissing(@TempDir Path empty) {
        Run run = train(
                "--data", empty.toString(), "--out", empty.resolve("m.bin.gz").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("training file missing", "threatgram101");
    }
}
