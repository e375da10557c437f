package org.vigil.conflict;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.vigil.conflict.store.EventImport;
import org.vigil.ingest.ProgressLine;

/**
 * {@code bin/vigil events import FILE... [--format ucdp-json|ucdp-csv|acled|gdelt]}: conflict-event files into
 * the event store, with a progress line on standard error and a summary on standard output. The format is read from
 * each file's first line when not given. Exit 0 when nothing was rejected, 3 when something was (rejects are kept as
 * dead letters), 2 for usage mistakes, 1 when a file cannot be read. Re-running a file stores nothing twice.
 */
public final class EventsCommand {

    static final String USAGE = "usage: bin/vigil events import FILE... [--format ucdp-json|ucdp-csv|acled|gdelt]";
    private static final Map<String, EventImport.Format> FORMATS = Map.of(
            "ucdp-json",
            EventImport.Format.UCDP_JSON,
            "ucdp-csv",
            EventImport.Format.UCDP_CSV,
            "acled",
            EventImport.Format.ACLED_CSV,
            "gdelt",
            EventImport.Format.GDELT_TSV);

    private EventsCommand() {}

    public static int run(
            String[] args, Supplier<ConfigurableApplicationContext> contexts, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("import")) {
            err.println("vigil: events needs a subcommand\n" + USAGE);
            return 2;
        }
        List<Path> files = new ArrayList<>();
        EventImport.Format forced = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--format")) {
                if (i + 1 >= args.length || !FORMATS.containsKey(args[i + 1].toLowerCase(Locale.ROOT))) {
                    err.println(
                            "vigil: --format needs one of " + new java.util.TreeSet<>(FORMATS.keySet()) + "\n" + USAGE);
                    return 2;
                }
                forced = FORMATS.get(args[++i].toLowerCase(Locale.ROOT));
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
        Map<Path, EventImport.Format> formats = new LinkedHashMap<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("vigil: no such file: " + file);
                return 2;
            }
            try {
                Optional<EventImport.Format> format = forced != null ? Optional.of(forced) : EventImport.detect(file);
                if (format.isEmpty()) {
                    err.println("vigil: " + file + ": cannot tell its format from its first line or its name; "
                            + "give --format");
                    return 2;
                }
                formats.put(file, format.get());
            } catch (IOException e) {
                err.println("vigil: cannot read " + file + ": " + e.getMessage());
                return 1;
            }
        }
        try (ConfigurableApplicationContext ctx = contexts.get()) {
            EventImport importer = ctx.getBean(EventImport.class);
            EventImport.Progress progress = new EventImport.Progress();
            ProgressLine line = new ProgressLine(err, "events");
            for (Map.Entry<Path, EventImport.Format> f : formats.entrySet()) {
                try {
                    importer.importFile(f.getKey(), f.getValue(), progress, line);
                } catch (IOException | UncheckedIOException e) {
                    line.end(progress);
                    err.println("vigil: cannot read " + f.getKey() + ": " + e.getMessage());
                    return 1;
                }
            }
            line.end(progress);
            double seconds = line.seconds();
            out.printf(
                    "imported %d file(s): %d read, %d accepted, %d duplicates, %d rejected, %d skipped (out of "
                            + "scope) in %.1f s%n",
                    files.size(),
                    progress.read,
                    progress.accepted,
                    progress.duplicate,
                    progress.rejected,
                    progress.skipped,
                    seconds);
            if (progress.rejected > ProgressLine.REJECTS_SHOWN) {
                out.println("(first " + ProgressLine.REJECTS_SHOWN + " rejects shown; all are kept: "
                        + "GET /api/v1/dead-letters?source=" + EventImport.SOURCE + ")");
            }
            return progress.rejected > 0 ? 3 : 0;
        }
    }
}
