package org.vigil.ingest.pipeline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.audit.AuditTrail;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.Reject;
import org.vigil.ingest.bulk.CsvItems;
import org.vigil.ingest.bulk.IncomingItem;
import org.vigil.ingest.bulk.JsonLinesItems;

/**
 * Files into the pipeline, streaming: one item in memory at a time, each stored through {@link Intake} like a pushed
 * one (its own transaction with its outbox row), so a file of any size can be ingested and an interrupted run
 * simply re-run: what is stored already counts as a duplicate. The server's worker analyses the items.
 */
@Component
public class FileIngest {

    /** The source of files ingested without {@code --source}: files of unknown provenance (grade F). */
    public static final String DEFAULT_SOURCE = "file-import";

    private final Intake intake;
    private final Sources sources;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    FileIngest(Intake intake, Sources sources, AuditTrail audit, PlatformTransactionManager transactions) {
        this.intake = intake;
        this.sources = sources;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * The source to ingest into: the named one (which must exist and be enabled), or the default file source,
     * created on first use. Returns a message saying what is wrong instead, when something is.
     */
    public Optional<String> checkSource(String sourceId) {
        if (sourceId == null) {
            if (sources.find(DEFAULT_SOURCE).isEmpty()) {
                sources.createUnchecked(new SourceCommand(
                        DEFAULT_SOURCE,
                        SourceKind.FILE,
                        "Imported files",
                        "files ingested with bin/vigil ingest without --source",
                        null,
                        null,
                        "F",
                        true,
                        List.of()));
            }
            return Optional.empty();
        }
        Optional<Source> source = sources.find(sourceId);
        if (source.isEmpty()) {
            return Optional.of("no source '" + sourceId + "'; create it (POST /api/v1/sources) or leave out --source "
                    + "to use '" + DEFAULT_SOURCE + "'");
        }
        if (!source.get().enabled()) {
            return Optional.of("source '" + sourceId + "' is paused; resume it first");
        }
        return Optional.empty();
    }

    /** Whether the file's name says how to read it. */
    public static boolean readable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
    }

    /** Ingests one file into the source; the counts accumulate into {@code progress}. */
    public void ingest(Path file, String sourceId, BulkProgress progress, BulkProgress.Listener listener)
            throws IOException {
        String source = sourceId == null ? DEFAULT_SOURCE : sourceId;
        long before = progress.accepted;
        long duplicateBefore = progress.duplicate;
        long rejectedBefore = progress.rejected;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Iterator<Parsed<IncomingItem>> items =
                    file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                            ? new CsvItems(in)
                            : new JsonLinesItems(in);
            while (items.hasNext()) {
                Parsed<IncomingItem> parsed = items.next();
                progress.read++;
                Intake.Stored stored = intake.store(source, parsed);
                switch (stored.outcome()) {
                    case ACCEPTED -> progress.accepted++;
                    case DUPLICATE -> progress.duplicate++;
                    case REJECTED -> {
                        progress.rejected++;
                        Reject reject = switch (parsed) {
                            case Parsed.Rejected<IncomingItem> r -> r.reject();
                            case Parsed.Accepted<IncomingItem> a ->
                                Reject.of(stored.reason(), a.item().id());
                        };
                        intake.deadLetter(source, reject);
                        listener.rejected(file, reject);
                    }
                }
                listener.counted(progress);
            }
        }
        record FileCounts(String file, long accepted, long duplicate, long rejected) {}
        FileCounts counts = new FileCounts(
                file.toString(),
                progress.accepted - before,
                progress.duplicate - duplicateBefore,
                progress.rejected - rejectedBefore);
        tx.executeWithoutResult(s -> audit.record("INGEST_FILE", "SOURCE", source, null, counts));
    }
}
