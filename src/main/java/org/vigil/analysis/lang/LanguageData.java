package org.vigil.analysis.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The engine's language knowledge: every language folder, loaded once and checked as a whole at start-up.
 *
 * <p>The folders that ship with Vigil are resources under {@code org/vigil/analysis/lang/}, listed in its
 * {@code languages.txt}; each has a {@code language.properties}:
 *
 * <pre>
 * name = Russian
 * script = Cyrillic
 * stemmer = snowball:russian
 * # parent = ar   (only in a dialect's folder)
 * </pre>
 *
 * and its tables, {@code <table>.tsv} in the format of {@link Table}. The engine's readers ask for their tables when
 * they are built, so a malformed table fails when the engine starts; a test checks that every shipped file is read
 * by some reader. More folders can be added without rebuilding: a directory named by the system property
 * {@code vigil.languages.dir} or the environment variable {@code VIGIL_LANGUAGES_DIR} holds one sub-folder a language
 * in the same form. A folder there with the code of a shipped language replaces it.
 *
 * <p>Anything wrong (a malformed row, an unknown stemmer or key, a file that is not UTF-8) fails with a
 * {@link LanguageDataException} naming the file and the line; nothing is skipped silently.
 */
public final class LanguageData {

    static final String ROOT = "/org/vigil/analysis/lang/";

    /** Where extra language folders are looked for. */
    public static final String DIR_PROPERTY = "vigil.languages.dir";

    public static final String DIR_ENV = "VIGIL_LANGUAGES_DIR";

    private static volatile LanguageData shared;

    private final Map<String, Language> languages;

    private LanguageData(Map<String, Language> languages) {
        this.languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
    }

    /** The shipped folders plus those of {@value #DIR_PROPERTY} / {@value #DIR_ENV}; loaded on first use. */
    public static LanguageData shared() {
        LanguageData d = shared;
        if (d == null) {
            synchronized (LanguageData.class) {
                d = shared;
                if (d == null) {
                    String dir = System.getProperty(DIR_PROPERTY);
                    if (dir == null || dir.isBlank()) {
                        dir = System.getenv(DIR_ENV);
                    }
                    d = load(dir == null || dir.isBlank() ? null : Path.of(dir));
                    shared = d;
                }
            }
        }
        return d;
    }

    /** The shipped folders, then every sub-folder of {@code extra} (may be null). */
    public static LanguageData load(Path extra) {
        Map<String, Language> all = new LinkedHashMap<>();
        for (String code : shippedCodes()) {
            all.put(code, fromClasspath(code));
        }
        if (extra != null) {
            all.putAll(fromDirectory(extra).languages);
        }
        return new LanguageData(all);
    }

    /** Only the folders under {@code dir}, one a language (for tests and tools). */
    public static LanguageData fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new LanguageDataException(
                    dir.toString(),
                    0,
                    "is not a directory of language folders (set " + DIR_PROPERTY + " or " + DIR_ENV
                            + " to a directory that holds one folder a language)");
        }
        Map<String, Language> found = new TreeMap<>();
        try (Stream<Path> subs = Files.list(dir)) {
            for (Path sub : subs.filter(Files::isDirectory).sorted().toList()) {
                String code = sub.getFileName().toString();
                checkCode(code, dir.toString());
                Path props = sub.resolve("language.properties");
                if (!Files.isRegularFile(props)) {
                    throw new LanguageDataException(
                            code + "/language.properties",
                            0,
                            "is missing: every language "
                                    + "folder declares its name, script and stemmer there (see docs/languages.md)");
                }
                found.put(code, build(code, decode(code + "/language.properties", Files.readAllBytes(props)), table -> {
                    Path f = sub.resolve(table);
                    if (!Files.isRegularFile(f)) {
                        return null;
                    }
                    try {
                        return decode(code + "/" + table, Files.readAllBytes(f));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + f, e);
                    }
                }));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language folders in " + dir, e);
        }
        return new LanguageData(found);
    }

    private static List<String> shippedCodes() {
        String text = resource("languages.txt");
        List<String> codes = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            checkCode(line, "languages.txt:" + (i + 1));
            codes.add(line);
        }
        return codes;
    }

    private static Language fromClasspath(String code) {
        return build(code, resource(code + "/language.properties"), table -> optionalResource(code + "/" + table));
    }

    private static Language build(String code, String propsText, Function<String, String> reader) {
        String file = code + "/language.properties";
        Properties p = properties(code, propsText);
        for (String key : p.stringPropertyNames()) {
            if (!List.of("name", "script", "stemmer", "tagger", "parent").contains(key)) {
                throw new LanguageDataException(
                        file, 0, "unknown key '" + key + "'; the keys are name, script, stemmer, tagger and parent");
            }
        }
        String name = required(p, "name", file);
        String script = required(p, "script", file);
        String parent = p.getProperty("parent", "").strip();
        Stemmer stemmer = Stemmer.named(p.getProperty("stemmer", "none"), file, 0);
        Tagger tagger = Tagger.named(p.getProperty("tagger", "none"), file, 0);
        return new Language(code, name, script, parent, stemmer, tagger, reader);
    }

    private static String required(Properties p, String key, String file) {
        String v = p.getProperty(key, "").strip();
        if (v.isEmpty()) {
            throw new LanguageDataException(file, 0, "has no '" + key + "'");
        }
        return v;
    }

    private static Properties properties(String code, String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new LanguageDataException(code + "/language.properties", 0, "cannot be read: " + e.getMessage(), e);
        }
        return p;
    }

    private static void checkCode(String code, String where) {
        if (!code.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
            throw new LanguageDataException(
                    where,
                    0,
                    "'" + code + "' is not a language code (ISO 639 letters, "
                            + "optionally a dialect tag: ru, tr, ar-eg)");
        }
    }

    private static String resource(String name) {
        String text = optionalResource(name);
        if (text == null) {
            throw new LanguageDataException(name, 0, "is missing from the class path (" + ROOT + name + ")");
        }
        return text;
    }

    private static String optionalResource(String name) {
        try (InputStream in = LanguageData.class.getResourceAsStream(ROOT + name)) {
            return in == null ? null : decode(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + name, e);
        }
    }

    /** Strict UTF-8: a malformed byte sequence fails with the file's name. */
    static String decode(String file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new LanguageDataException(file, 0, "is not valid UTF-8", e);
        }
    }

    public Collection<Language> languages() {
        return languages.values();
    }

    public Optional<Language> language(String code) {
        return Optional.ofNullable(languages.get(code));
    }

    /** The stemmer of a language, the identity for a language without a folder. */
    public Stemmer stemmer(String code) {
        Language l = languages.get(code);
        return l == null ? Stemmer.NONE : l.stemmer();
    }

    /** The rows of a table in every language that has it, in the order of the languages. */
    public List<Table.Row> rows(String table) {
        List<Table.Row> out = new ArrayList<>();
        for (Language l : languages.values()) {
            l.table(table).ifPresent(t -> out.addAll(t.rows()));
        }
        return out;
    }

    /** The tables of that name, one a language that has it, in the order of the languages. */
    public List<Table> tables(String table) {
        List<Table> out = new ArrayList<>();
        for (Language l : languages.values()) {
            l.table(table).ifPresent(out::add);
        }
        return out;
    }

    /** The codes of the dialect folders of a language ({@code ar-eg}, {@code ar-lev} for {@code ar}). */
    public List<String> dialects(String code) {
        List<String> out = new ArrayList<>();
        for (Language l : languages.values()) {
            if (l.parent().filter(code::equals).isPresent()) {
                out.add(l.code());
            }
        }
        return out;
    }
}
