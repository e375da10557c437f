package org.vigil.ingest.pipeline;

import java.nio.file.Path;
import org.vigil.ingest.Reject;

/** The counts of one bulk run (files ingested or conflict events imported), accumulated over its files. */
@org.springframework.modulith.NamedInterface("intake")
public class BulkProgress {
    public long read;
    public long accepted;
    public long duplicate;
    public long rejected;

    /** Called as records go by: at most as often as the listener decides to print. */
    @org.springframework.modulith.NamedInterface("intake")
    public interface Listener {
        void counted(BulkProgress progress);

        void rejected(Path file, Reject reject);
    }
}
