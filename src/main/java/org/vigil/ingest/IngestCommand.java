package org.vigil.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.vigil.ingest.pipeline.BulkProgress;
import org.vigil.ingest.pipeline.FileIngest;

/**
 * {@code bin/vigil ingest FILE... [--source ID]}: JSON lines ({@code .jsonl}, {@code .ndjson}, {@code .json}) and
 * CSV ({@code .csv}) documents into the pipeline. A progress line on standard error is rewritten in place at most
 * five times a second; the summary goes to standard output. Exit 0 when every item was stored or already there,
 * 3 when some were rejected (they are kept as dead letters), 2 for usage mistakes, 1 when a file cannot be read.
 * Re-running a file is safe and resumes an interrupted run: stored items count as duplicates.
 */
public final class IngestCommand {

    static final String USAGE = "usage: bin/vigil ingest FILE... [--source ID]";

    private IngestCommand() {}

    public static int run(
            String[] args, Supplier<ConfigurableApplicationContext> contexts, PrintStream out, PrintStream err) {
        List<Path> files = new ArrayList<>();
        String source = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--source")) {
                if (i + 1 >= args.length || source != null) {
                    err.println("vigil: --source needs one source id\n" + USAGE);
                    return 2;
                }
                source = args[++i];
            } else if (args[i].startsWith("--")) {
                err.println("vigil: unknown option " + args[i] + "\n" + USAGE);
                return 2;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            err.println("vigil: name at least one file\n" + USAGE);
            return 2;
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("vigil: no such file: " + file);
                return 2;
            }
            if (!FileIngest.readable(file)) {
                err.println("vigil: " + file + ": name the file .jsonl (JSON lines) or .csv so that it can be read");
                return 2;
            }
        }
        try (ConfigurableApplicationContext ctx = contexts.get()) {
            FileIngest ingest = ctx.getBean(FileIngest.class);
            Optional<String> problem = ingest.checkSource(source);
            if (problem.isPresent()) {
                err.println("vigil: " + problem.get());
                return 2;
            }
            BulkProgress progress = new BulkProgress();
            ProgressLine line = new ProgressLine(err, "items");
            for (Path file : files) {
                try {
                    ingest.ingest(file, source, progress, line);
                } catch (IOException | UncheckedIOException e) {
                    line.end(progress);
                    err.println("vigil: cannot read " + file + ": " + e.getMessage());
                    return 1;
                }
            }
            line.end(progress);
            double seconds = line.seconds();
            out.printf(
                    "ingested %d file(s) into %s: %d read, %d accepted, %d duplicates, %d rejected in %.1f s%n",
                    files.size(),
                    source == null ? FileIngest.DEFAULT_SOURCE : source,
                    progress.read,
                    progress.accepted,
                    progress.duplicate,
                    progress.rejected,
                    seconds);
            if (progress.rejected > ProgressLine.REJECTS_SHOWN) {
                out.println("(first " + ProgressLine.REJECTS_SHOWN
                        + " rejects shown; all are kept: GET /api/v1/dead-letters)");
            }
            return progress.rejected > 0 ? 3 : 0;
        }
    }
}
