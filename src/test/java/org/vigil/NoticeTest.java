package org.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * NOTICE names every library the packaged jar ships. The list of runtime dependencies is written by the build
 * (maven-dependency-plugin, goal {@code list}, before the tests) to {@code target/runtime-dependencies.txt}, so a
 * new dependency, direct or transitive, fails this test until NOTICE names it with its licence.
 */
class NoticeTest {

    private static final Path DEPENDENCIES = Path.of("target", "runtime-dependencies.txt");

    /** A line of the list goal: {@code    groupId:artifactId:type[:classifier]:version:scope ...}. */
    private static final Pattern ARTIFACT = Pattern.compile("^\\s+[\\w.-]+:([\\w.-]+):[\\w.-]+:.*$");

    @Test
    void noticeNamesEveryShippedLibrary() throws IOException {
        assertThat(DEPENDENCIES)
                .as("%s is written by the Maven build before the tests (./mvnw test)", DEPENDENCIES)
                .exists();
        List<String> artifactIds = Files.readAllLines(DEPENDENCIES, StandardCharsets.UTF_8).stream()
                .map(ARTIFACT::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .distinct()
                .toList();
        assertThat(artifactIds).as("runtime dependencies in %s", DEPENDENCIES).hasSizeGreaterThan(50);

        String notice = Files.readString(Path.of("NOTICE"), StandardCharsets.UTF_8);
        assertThat(artifactIds.stream().filter(id -> !named(notice, id)).toList())
                .as("runtime dependencies that NOTICE does not name (add each, with its project, licence and URL)")
                .isEmpty();
    }

    @Test
    void theProjectLicenceIsApache2() throws IOException {
        String licence = Files.readString(Path.of("LICENSE"), StandardCharsets.UTF_8);
        assertThat(licence).contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");
        assertThat(Files.readString(Path.of("NOTICE"), StandardCharsets.UTF_8))
                .contains("Licensed under the Apache License, Version 2.0");
    }

    /** The artifactId as a whole word: "spring-boot" inside "spring-boot-jdbc" does not count. */
    private static boolean named(String notice, String artifactId) {
        return Pattern.compile("(?<![\\w.-])" + Pattern.quote(artifactId) + "(?![\\w-])")
                .matcher(notice)
                .find();
    }
}
