package org.vigil.conflict.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.conflict.formats.ConflictEvent;
import org.vigil.ingest.Reject;
import org.vigil.ingest.pipeline.BulkProgress;

/**
 * Demo conflict events: real UCDP candidate events (demo/ucdp-aec-near-missions.jsonl: the rows of
 * /work/shared/data/ucdp_aec within 100 km of a demo mission, geocoded to the GeoNames town they name) imported on
 * first start. Their dates are moved forward together, keeping their spacing, so that the newest is
 * {@value #NEWEST_DAYS_AGO} days old: a 2022 event would weigh nothing in today's picture.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoEvents implements ApplicationRunner {

    static final String FILE = "/demo/ucdp-aec-near-missions.jsonl";
    static final int NEWEST_DAYS_AGO = 5;
    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

    private final EventImport importer;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoEvents(EventImport importer, JdbcClient jdbc, Clock clock) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM conflict_event").query(Long.class).single() > 0) {
            return;
        }
        LocalDate newest = LocalDate.MIN;
        try (InputStream in = DemoEvents.class.getResourceAsStream(FILE)) {
            if (in == null) {
                return;
            }
            var stream = new org.vigil.conflict.formats.ConflictEventImporters().ucdpJsonLines(in);
            while (stream.hasNext()) {
                if (stream.next() instanceof org.vigil.ingest.Parsed.Accepted<ConflictEvent> a
                        && a.item().date().isAfter(newest)) {
                    newest = a.item().date();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long shift =
                ChronoUnit.DAYS.between(newest, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)) - NEWEST_DAYS_AGO;
        EventImport.Progress progress = new EventImport.Progress();
        try (InputStream in = DemoEvents.class.getResourceAsStream(FILE)) {
            importer.importStream(
                    Path.of(FILE),
                    in,
                    EventImport.Format.UCDP_JSON,
                    e -> new ConflictEvent(
                            e.source(),
                            e.sourceId(),
                            e.date().plusDays(shift),
                            e.countryCode(),
                            e.place(),
                            e.lat(),
                            e.lon(),
                            e.type(),
                            e.subtype(),
                            e.actors(),
                            e.fatalities()),
                    progress,
                    new BulkProgress.Listener() {
                        @Override
                        public void counted(BulkProgress p) {}

                        @Override
                        public void rejected(Path file, Reject reject) {
                            log.warn("Demo event rejected: {}", reject.describe());
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Demo conflict events: {} stored (dates moved forward {} days)", progress.accepted, shift);
    }
}
