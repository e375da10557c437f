package org.vigil;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shared data sets ({@code ../shared/data}, see its README) for the tests that check the committed model,
 * gazetteer and map against them or evaluate on them. They are part of the build's inputs: when they are missing
 * such a test fails and says where it looked, instead of being skipped (a skipped check reads as a passed one).
 */
public final class SharedData {

    private SharedData() {}

    /**
     * {@code VIGIL_DATA} when set, else {@code ../shared/data} beside the repository, else {@code ../../shared/data}
     * (a worktree inside a folder of worktrees); the first candidate when none exists.
     */
    public static Path dir() {
        return candidates().stream()
                .filter(Files::isDirectory)
                .findFirst()
                .orElse(candidates().getFirst());
    }

    /** {@code dir().resolve(entry)}, or a failed test naming the folders looked in when it is absent. */
    public static Path require(String entry) {
        Path path = dir().resolve(entry);
        if (!Files.exists(path)) {
            fail("../shared/data is missing: the tests need the shared data sets beside the repository (or VIGIL_DATA"
                    + " naming their folder); looked for " + entry + " in "
                    + candidates().stream()
                            .map(p -> p.toAbsolutePath().normalize().toString())
                            .toList());
        }
        return path;
    }

    private static List<Path> candidates() {
        String env = System.getenv("VIGIL_DATA");
        if (env != null && !env.isBlank()) {
            return List.of(Path.of(env));
        }
        return List.of(Path.of("../shared/data"), Path.of("../../shared/data"));
    }
}
