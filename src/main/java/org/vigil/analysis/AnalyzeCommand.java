package org.vigil.analysis;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigil.shared.registryfile.InvalidRegistryException;
import org.vigil.shared.registryfile.RegistryFile;
import org.vigil.shared.registryfile.RegistryFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bin/vigil analyze --registry REGISTRY.json [--input DOCS.jsonl] [--output RESULTS.jsonl]}: the contract's
 * command (shared/spec/analyze-contract.md). Reads one JSON document a line, writes one result a line in input
 * order, flushed per record. Exit status 0 all analysed, 2 bad usage or registry, 3 some lines were bad.
 *
 * <p>Decisions the contract leaves open: a text longer than {@value #MAX_TEXT_CHARS} characters, or a line longer
 * than {@value #MAX_LINE_CHARS} characters, is a bad line (error record); bytes that are not valid UTF-8 are read
 * as U+FFFD and the document is still analysed (offsets then count the replacement characters); blank lines are
 * skipped without a record; an output closed by its reader stops the run with status 2. Runs without Spring.
 */
public final class AnalyzeCommand {

    /** Largest text analysed, in UTF-16 units: a long report is a few hundred thousand. */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    /** Largest input line read; longer lines are skipped without being held in memory. */
    public static final int MAX_LINE_CHARS = 4_000_000;

    static final String USAGE = """
            usage: vigil analyze --registry REGISTRY.json [--input DOCS.jsonl] [--output RESULTS.jsonl]
              --registry  the registry of missions and people (shared/spec/analyze-contract.md)
              --input     JSON lines, one document each ({"id": ..., "text": ...}); default or '-': standard input
              --output    where results go, one JSON line each; default or '-': standard output
            exit status: 0 all analysed, 2 bad usage or registry, 3 some input lines were bad""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnalyzeCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        String registry = null, input = "-", output = "-";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                stdout.println(USAGE);
                return 0;
            }
            String value = null;
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
            if (eq > 0 && a.startsWith("--")) {
                value = a.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[i + 1];
            }
            switch (name) {
                case "--registry", "--input", "--output" -> {
                    if (value == null) {
                        stderr.println("vigil analyze: " + name + " needs a value\n" + USAGE);
                        return 2;
                    }
                    if (eq < 0 || !a.startsWith("--")) {
                        i++;
                    }
                    switch (name) {
                        case "--registry" -> registry = value;
                        case "--input" -> input = value;
                        default -> output = value;
                    }
                }
                default -> {
                    stderr.println("vigil analyze: unknown argument '" + a + "'\n" + USAGE);
                    return 2;
                }
            }
        }
        if (registry == null) {
            stderr.println("vigil analyze: --registry is required\n" + USAGE);
            return 2;
        }
        RegistryFile file;
        try (InputStream in = Files.newInputStream(Path.of(registry))) {
            file = RegistryFiles.parse(in);
        } catch (NoSuchFileException e) {
            stderr.println("vigil analyze: registry file not found: " + registry);
            return 2;
        } catch (IOException e) {
            stderr.println("vigil analyze: cannot read registry " + registry + ": " + e.getMessage());
            return 2;
        } catch (InvalidRegistryException e) {
            stderr.println("vigil analyze: " + registry + " is not a valid registry: " + e.getMessage());
            return 2;
        }
        InputStream in;
        try {
            in = input.equals("-") ? stdin : Files.newInputStream(Path.of(input));
        } catch (NoSuchFileException e) {
            stderr.println("vigil analyze: input file not found: " + input);
            return 2;
        } catch (IOException e) {
            stderr.println("vigil analyze: cannot read input " + input + ": " + e.getMessage());
            return 2;
        }
        OutputStream out;
        try {
            out = output.equals("-") ? stdout : Files.newOutputStream(Path.of(output));
        } catch (IOException e) {
            stderr.println("vigil analyze: cannot write output " + output + ": " + e.getMessage());
            closeQuietly(in, stdin);
            return 2;
        }
        AnalysisEngine engine = AnalysisEngine.create(file);
        try {
            return analyze(engine, in, out, stderr) ? 0 : 3;
        } catch (IOException e) {
            stderr.println("vigil analyze: " + e.getMessage());
            return 2;
        } finally {
            closeQuietly(in, stdin);
            if (out != stdout) {
                try {
                    out.close();
                } catch (IOException e) {
                    stderr.println("vigil analyze: cannot close output " + output + ": " + e.getMessage());
                }
            }
        }
    }

    private static void closeQuietly(InputStream in, InputStream stdin) {
        if (in != stdin) {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing more to read; the results are already written
            }
        }
    }

    /** Analyses every line; true when no line was bad. */
    static boolean analyze(AnalysisEngine engine, InputStream in, OutputStream rawOut, PrintStream stderr)
            throws IOException {
        Reader reader = new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
        LineReader lines = new LineReader(reader, MAX_LINE_CHARS);
        BufferedOutputStream out = new BufferedOutputStream(rawOut, 1 << 16);
        boolean allGood = true;
        String line;
        while ((line = lines.next()) != null) {
            int number = lines.number();
            Object record;
            if (line == LineReader.TOO_LONG) {
                record = error(
                        number,
                        null,
                        "line is longer than the limit of " + MAX_LINE_CHARS + " characters (a text may have at most "
                                + MAX_TEXT_CHARS + "): split the document");
            } else if (line.isBlank()) {
                continue;
            } else {
                record = analyzeLine(engine, number, line);
            }
            if (record instanceof Map<?, ?> err) {
                allGood = false;
                stderr.println("line " + number + ": " + err.get("error"));
            }
            JSON.writeValue(new NonClosing(out), record);
            out.write('\n');
            out.flush();
            if (rawOut instanceof PrintStream ps && ps.checkError()) {
                // the reader went away (a closed pipe): stop rather than analyse for no one
                throw new IOException("cannot write results: the output was closed after line " + number);
            }
        }
        return allGood;
    }

    private static Object analyzeLine(AnalysisEngine engine, int number, String line) {
        if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            return error(number, null, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return error(number, null, "expected a JSON object with \"id\" and \"text\"");
        }
        JsonNode id = node.get("id");
        if (id == null
                || id.isNull()
                || !(id.isString() || id.isIntegralNumber())
                || id.asString().isBlank()) {
            return error(number, null, "missing \"id\": each document needs a non-empty string id");
        }
        String docId = id.asString();
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            return error(number, docId, "missing \"text\"");
        }
        if (!text.isString()) {
            return error(number, docId, "\"text\" must be a string, got " + text.getNodeType());
        }
        String t = text.asString();
        if (t.length() > MAX_TEXT_CHARS) {
            return error(
                    number,
                    docId,
                    "text is " + t.length() + " characters long; the limit is " + MAX_TEXT_CHARS
                            + ": split the document");
        }
        DocumentKind kind = null;
        JsonNode k = node.get("kind");
        if (k != null && !k.isNull()) {
            try {
                kind = DocumentKind.valueOf(k.asString());
            } catch (IllegalArgumentException e) {
                return error(number, docId, "\"kind\" must be ARTICLE or POST, got " + k);
            }
        }
        JsonNode author = node.get("author");
        if (author != null && !author.isNull() && !author.isObject()) {
            return error(
                    number,
                    docId,
                    "\"author\" must be an object such as {\"handle\": \"@someone\", "
                            + "\"platform\": \"telegram\"}, got " + author.getNodeType());
        }
        Document doc = new Document(
                docId,
                t,
                optional(node, "title"),
                optional(node, "url"),
                optional(node, "published"),
                optional(node, "source"),
                optional(node, "language"),
                kind,
                optional(node, "inReplyTo"));
        try {
            AnalysisResult result = engine.analyze(doc);
            return author == null || author.isNull() ? result : withAuthor(result, author);
        } catch (RuntimeException e) {
            // a bug must not stop the batch: report it for this line and go on
            return error(number, docId, "analysis failed: " + e);
        }
    }

    /** The result with the document's author as given: the contract passes it through unchanged. */
    private static ObjectNode withAuthor(AnalysisResult result, JsonNode author) {
        ObjectNode out = JSON.valueToTree(result);
        out.set("author", author);
        return out;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asString();
    }

    private static Map<String, Object> error(int line, String id, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", line);
        if (id != null) {
            m.put("id", id);
        }
        m.put("error", message);
        return m;
    }

    /** Keeps Jackson from closing the shared output after each record. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** Reads lines one at a time, never holding more than one line (and at most {@code max} characters of it). */
    static final class LineReader {
        static final String TOO_LONG = new String("\u0000too long");
        private final Reader in;
        private final int max;
        private final char[] buf = new char[1 << 16];
        private int pos, len;
        private int number;
        private boolean eof;

        LineReader(Reader in, int max) {
            this.in = in;
            this.max = max;
        }

        int number() {
            return number;
        }

        String next() throws IOException {
            if (eof && pos >= len) {
                return null;
            }
            StringBuilder b = new StringBuilder();
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (pos >= len) {
                    len = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        eof = true;
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                int start = pos;
                while (pos < len && buf[pos] != '\n') {
                    pos++;
                }
                if (!tooLong) {
                    if (b.length() + (pos - start) > max) {
                        tooLong = true;
                        b = new StringBuilder();
                    } else {
                        b.append(buf, start, pos - start);
                    }
                }
                if (pos < len) {
                    pos++; // the newline
                    break;
                }
            }
            number++;
            if (tooLong) {
                return TOO_LONG;
            }
            int n = b.length();
            if (n > 0 && b.charAt(n - 1) == '\r') {
                b.setLength(n - 1);
            }
            return b.toString();
        }
    }
}
