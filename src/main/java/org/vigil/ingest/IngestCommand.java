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
    private static final long PROGRESS_EVERY_NANOS = 200_000_000L;
    private static final int REJECTS_SHOWN = 20;

    private IngestCommand() {
    }

    public static int run(String[] args, Supplier<ConfigurableApplicationContext> contexts, PrintStream out,
            PrintStream err) {
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
            FileIngest.Progress progress = new FileIngest.Progress();
            long start = System.nanoTime();
            Printer printer = new Printer(err, start);
            for (Path file : files) {
                try {
                    ingest.ingest(file, source, progress, printer);
                } catch (IOException | UncheckedIOException e) {
                    printer.end(progress);
                    err.println("vigil: cannot read " + file + ": " + e.getMessage());
                    return 1;
                }
            }
            printer.end(progress);
            double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
            out.printf("ingested %d file(s) into %s: %d read, %d accepted, %d duplicates, %d rejected in %.1f s%n",
                    files.size(), source == null ? FileIngest.DEFAULT_SOURCE : source, progress.read,
                    progress.accepted, progress.duplicate, progress.rejected, seconds);
            if (progress.rejected > REJECTS_SHOWN) {
                out.println("(first " + REJECTS_SHOWN + " rejects shown; all are kept: GET /api/v1/dead-letters)");
            }
            return progress.rejected > 0 ? 3 : 0;
        }
    }

    /** The progress line, rewritten in place with \r, at most five times a second. */
    private static final class Printer implements FileIngest.Listener {
        private final PrintStream err;
        private final long start;
        private long last;
        private int rejectsShown;
        private boolean open;

        Printer(PrintStream err, long start) {
            this.err = err;
            this.start = start;
            this.last = start;
        }

        @Override
        public void item(FileIngest.Progress p) {
            long now = System.nanoTime();
            if (now - last >= PROGRESS_EVERY_NANOS) {
                last = now;
                print(p, now);
            }
        }

        @Override
        public void rejected(Path file, Reject reject) {
            if (rejectsShown++ < REJECTS_SHOWN) {
                if (open) {
                    err.print("\r\033[K");
                    open = false;
                }
                err.println(file.getFileName() + ": " + reject.describe());
            }
        }

        private void print(FileIngest.Progress p, long now) {
            double seconds = Math.max((now - start) / 1e9, 1e-3);
            err.printf("\r%d read, %d accepted, %d duplicates, %d rejected (%.0f items/s)", p.read, p.accepted,
                    p.duplicate, p.rejected, p.read / seconds);
            open = true;
        }

        void end(FileIngest.Progress p) {
            print(p, System.nanoTime());
            err.println();
            open = false;
        }
    }
}
