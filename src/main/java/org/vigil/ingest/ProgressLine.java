package org.vigil.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import org.vigil.ingest.pipeline.BulkProgress;

/**
 * The progress line of a bulk command on standard error, rewritten in place with {@code \r} at most five times a
 * second, with the first rejects printed above it (all of them are kept as dead letters). It listens to both bulk
 * commands, {@code bin/vigil ingest} and {@code bin/vigil events import}.
 */
public final class ProgressLine implements BulkProgress.Listener {

    public static final int REJECTS_SHOWN = 20;
    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintStream err;
    private final String unit;
    private final long start;
    private long last;
    private int rejectsShown;
    private boolean open;

    /** @param unit what is counted, in the plural ("items", "events") */
    public ProgressLine(PrintStream err, String unit) {
        this.err = err;
        this.unit = unit;
        this.start = System.nanoTime();
        this.last = start;
    }

    /** Seconds since the line was started, at least a millisecond so that a rate can be computed from it. */
    public double seconds() {
        return Math.max((System.nanoTime() - start) / 1e9, 1e-3);
    }

    @Override
    public void counted(BulkProgress p) {
        long now = System.nanoTime();
        if (now - last >= EVERY_NANOS) {
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

    public void end(BulkProgress p) {
        print(p, System.nanoTime());
        err.println();
        open = false;
    }

    private void print(BulkProgress p, long now) {
        double seconds = Math.max((now - start) / 1e9, 1e-3);
        err.printf(
                "\r%d read, %d accepted, %d duplicates, %d rejected (%.0f %s/s)",
                p.read, p.accepted, p.duplicate, p.rejected, p.read / seconds, unit);
        open = true;
    }
}
