package org.vigil.ingest.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents in the contract's format for the transport tests and the scale-out benchmark: replies to the Ankara
 * embassy's account with the seed scenario's threats in English, Russian and Turkish, news sentences naming the
 * demo registry's people and missions, quiet posts, and long wire stories with syndicated copies (near-duplicates
 * that must give no signal). Built from a seed, so two runs push the same documents in the same order.
 */
final class TransportWorkload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String[] THREATS = {
        "Farewell to life", "No one will mourn you", "It is time for you to burn up",
        "We will find you and you will pay for Aleppo", "Скоро тебе конец, посол", "Вам недолго осталось",
        "Seni bulacağız ve öldüreceğiz", "Elçiliği yakacağız",
    };
    private static final String[] NEWS = {
        "Russian Ambassador to Turkey Alexei Yerkhov met the governor of Ankara on %s.",
        "The Russian embassy in Ankara said on %s that it had received threats on social networks.",
        "Sergey Lavrov spoke about the security of diplomats after the meeting on %s.",
        "Dmitry Peskov declined to comment on the protest outside the consulate in Istanbul on %s.",
        "Посольство России в Анкаре усилило охрану %s.",
        "Rusya'nın Ankara Büyükelçisi Aleksey Yerhov %s tarihinde Dışişleri Bakanlığı'nı ziyaret etti.",
    };
    private static final String[] QUIET = {
        "Lovely weather in Istanbul today, ferry to Kadıköy at %s", "Traffic on the Ataturk boulevard again %s",
        "Reading about the history of Ankara castle, part %s", "Кофе и книга, день %s",
    };
    /** Wire stories are three of these sentences with their own numbers: distinct stories share few shingles. */
    private static final String[] WIRE = {
        "Police in Ankara detained %d people after a protest outside the Russian embassy, the governor's office said.",
        "The protesters had thrown paint at the gate and shouted slogans before officers dispersed them near Kugulu park.",
        "Turkey's foreign ministry summoned the charge d'affaires on %d occasions this year over remarks about Idlib.",
        "A court in Istanbul sentenced %d defendants in the trial over the killing of Ambassador Andrei Karlov.",
        "Security around diplomatic buildings in the Cankaya district was tightened with %d additional patrol cars.",
        "Officials said the consulate would stay closed for %d days while engineers inspect the damaged perimeter wall.",
        "Analysts in Moscow expect the negotiations on northern Syria to resume within %d weeks despite the incident.",
        "Local media reported that %d students joined a march from Kizilay square towards the embassy quarter.",
        "The interior ministry opened an investigation and said %d suspects had been identified from camera footage.",
        "Diplomats from %d countries attended a memorial ceremony held in the garden of the residence on Sunday.",
        "Road closures on Ataturk boulevard caused long delays for commuters, with %d bus lines diverted all morning.",
        "Spokeswoman Maria Zakharova told reporters that %d notes had been sent to the Turkish side since January.",
    };

    private TransportWorkload() {}

    /** {@code n} documents with ids {@code prefix-0 … prefix-(n-1)}. */
    static List<ObjectNode> documents(String prefix, int n, long seed) {
        Random random = new Random(seed);
        List<ObjectNode> docs = new ArrayList<>(n);
        String story = "";
        for (int i = 0; i < n; i++) {
            ObjectNode doc = JSON.createObjectNode();
            doc.put("id", prefix + "-" + i);
            String day = (1 + random.nextInt(28)) + " February 2020";
            switch (i % 10) {
                case 0, 1, 2 -> {
                    doc.put("text", THREATS[random.nextInt(THREATS.length)] + " @RusEmbTurkey #" + i);
                    doc.put("kind", "POST");
                    doc.put("inReplyTo", "@RusEmbTurkey");
                    doc.put("source", "x.com/user" + random.nextInt(500));
                }
                case 3, 4, 5 -> {
                    doc.put("text", NEWS[random.nextInt(NEWS.length)].formatted(day) + " (" + i + ")");
                    doc.put("kind", "ARTICLE");
                    doc.put("title", "Diplomatic security, item " + i);
                }
                case 6, 7 -> {
                    doc.put("text", QUIET[random.nextInt(QUIET.length)].formatted(i));
                    doc.put("kind", "POST");
                }
                default -> {
                    // a wire story, then its syndicated copy with a small edit (a near-duplicate: no signal)
                    if (i % 10 == 8) {
                        story = wireStory(random);
                        doc.put("text", story);
                    } else {
                        doc.put("text", "UPDATED: " + story.replaceFirst("\\d+", "several"));
                    }
                    doc.put("kind", "ARTICLE");
                }
            }
            doc.put("published", "2020-02-%02dT10:00:00Z".formatted(1 + random.nextInt(28)));
            docs.add(doc);
        }
        return docs;
    }

    private static String wireStory(Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < WIRE.length; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            text.append(i == 0 ? "" : " ").append(WIRE[order.get(i)].formatted(2 + random.nextInt(400)));
        }
        return text.toString();
    }
}
