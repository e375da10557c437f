package org.vigil.analysis.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A table in the format of {@link Table} that is no language's (script facts, generated sample texts) and lives as
 * a class-path resource next to the class that reads it. Read at class initialisation like the language folders'
 * tables, so that a malformed row fails at start-up with the resource's name and the line.
 */
public final class ResourceTable {

    private ResourceTable() {}

    /** The resource {@code name} beside {@code owner} (or an absolute path starting with /), parsed. */
    public static Table of(Class<?> owner, String name) {
        String path = name.startsWith("/")
                ? name.substring(1)
                : owner.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = owner.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new LanguageDataException(path, 0, "is missing from the class path");
            }
            return Table.parse("", path, LanguageData.decode(path, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
