package org.vigil.analysis.targets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigil.analysis.EntityType;
import org.vigil.analysis.Mention;
import org.vigil.shared.registryfile.RegistryFile;
import org.vigil.shared.registryfile.RegistryFiles;

/** The seed scenario's registry and texts, and mentions built from the texts' real offsets. */
final class SeedFixtures {

    private SeedFixtures() {}

    static RegistryFile registry() {
        try (InputStream in = SeedFixtures.class.getResourceAsStream("/seed/seed-registry.json")) {
            return RegistryFiles.parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("seed registry unreadable", e);
        }
    }

    static String text(String name) {
        try (InputStream in = SeedFixtures.class.getResourceAsStream("/seed/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One surface form of an entity, to be found everywhere in a text. */
    record Surface(String entityId, EntityType type, String text, double confidence) {}

    static Surface person(String id, String text) {
        return new Surface(id, EntityType.PERSON, text, 0.95);
    }

    static Surface person(String id, String text, double confidence) {
        return new Surface(id, EntityType.PERSON, text, confidence);
    }

    static Surface mission(String id, String text) {
        return new Surface(id, EntityType.MISSION, text, 0.9);
    }

    /**
     * Every occurrence of every surface, longest surfaces first so that "Yerkhov" inside "Alexei Yerkhov" is one
     * mention, as a name matcher would report them.
     */
    static List<Mention> mentions(String text, Surface... surfaces) {
        List<Surface> ordered = new ArrayList<>(List.of(surfaces));
        ordered.sort(Comparator.comparingInt((Surface s) -> s.text().length()).reversed());
        List<Mention> out = new ArrayList<>();
        for (Surface s : ordered) {
            int from = 0;
            int at;
            while ((at = text.indexOf(s.text(), from)) >= 0) {
                int start = at;
                int end = at + s.text().length();
                boolean covered = out.stream().anyMatch(m -> m.start() < end && start < m.end());
                if (!covered) {
                    out.add(new Mention(s.entityId(), s.type(), s.text(), start, end, s.confidence()));
                }
                from = end;
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }
}
