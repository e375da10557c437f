package org.vigil.ingest.pipeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.NeedToKnow.Kind;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import tools.jackson.databind.JsonNode;

/** The ingestion pipeline's API: sources, the fetch allow-list, the push endpoint and dead letters. */
@RestController
@Tag(name = "Ingestion")
class PipelineApi {

    private final Sources sources;
    private final Intake intake;
    private final DeadLetters deadLetters;
    private final FeedPoller poller;
    private final FetchAllowList allowList;
    private final AnalysedItems analysed;
    private final Backlog backlog;
    private final PipelineMetrics metrics;

    PipelineApi(
            Sources sources,
            Intake intake,
            DeadLetters deadLetters,
            FeedPoller poller,
            FetchAllowList allowList,
            AnalysedItems analysed,
            Backlog backlog,
            PipelineMetrics metrics) {
        this.backlog = backlog;
        this.metrics = metrics;
        this.sources = sources;
        this.analysed = analysed;
        this.poller = poller;
        this.allowList = allowList;
        this.intake = intake;
        this.deadLetters = deadLetters;
    }

    // sources

    @GetMapping("/api/v1/sources")
    @NeedToKnow(
            value = Kind.PUBLIC_REFERENCE,
            why = "sources are bound to no mission and hold no secret; who may "
                    + "push to one is shown to administrators only")
    List<Source> sources() {
        return sources.list();
    }

    @GetMapping("/api/v1/sources/{id}")
    @NeedToKnow(value = Kind.PUBLIC_REFERENCE, why = "as the list")
    Source source(@PathVariable String id) {
        return sources.get(id);
    }

    @PostMapping("/api/v1/sources")
    @Operation(summary = "Create a source (administrators)")
    @NeedToKnow(value = Kind.HQ_ONLY, why = "administrators only, checked in Sources")
    ResponseEntity<Source> createSource(@RequestBody SourceCommand command) {
        Source created = sources.create(command);
        return ResponseEntity.created(URI.create("/api/v1/sources/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/v1/sources/{id}")
    @Operation(summary = "Change a source (administrators)")
    @NeedToKnow(value = Kind.HQ_ONLY, why = "administrators only, checked in Sources")
    Source updateSource(@PathVariable String id, @RequestBody SourceCommand command) {
        return sources.update(id, command);
    }

    @PostMapping("/api/v1/sources/{id}/pause")
    @NeedToKnow(value = Kind.HQ_ONLY, why = "administrators only, checked in Sources")
    Source pause(@PathVariable String id) {
        return sources.setEnabled(id, false);
    }

    @PostMapping("/api/v1/sources/{id}/resume")
    @NeedToKnow(value = Kind.HQ_ONLY, why = "administrators only, checked in Sources")
    Source resume(@PathVariable String id) {
        return sources.setEnabled(id, true);
    }

    @PostMapping("/api/v1/sources/{id}/test")
    @Operation(
            summary = "Poll a feed source now (administrators)",
            description = "Fetches the feed at once, due or "
                    + "not, paused or not, and answers what happened: entries, new items, duplicates, rejects, errors.")
    @NeedToKnow(value = Kind.HQ_ONLY, why = "administrators only, checked in FeedPoller")
    PollReport testSource(@PathVariable String id) {
        return poller.pollNow(id);
    }

    // the fetcher's allow-list

    @GetMapping("/api/v1/admin/fetch-allowlist")
    @NeedToKnow(value = Kind.HQ_ONLY, why = "administrators only, checked in FetchAllowList")
    List<FetchAllowList.Entry> allowList() {
        return allowList.list();
    }

    /** A host name or address block to allow despite the SSRF rules, and why. */
    record AllowEntry(String entry, String note) {}

    @PostMapping("/api/v1/admin/fetch-allowlist")
    @Operation(summary = "Allow the fetcher to reach a host or address block (administrators)")
    @NeedToKnow(value = Kind.HQ_ONLY, why = "administrators only, checked in FetchAllowList")
    ResponseEntity<FetchAllowList.Entry> allow(@RequestBody AllowEntry entry) {
        FetchAllowList.Entry added = allowList.add(entry.entry(), entry.note());
        return ResponseEntity.created(URI.create("/api/v1/admin/fetch-allowlist/" + added.id()))
                .body(added);
    }

    @DeleteMapping("/api/v1/admin/fetch-allowlist/{id}")
    @NeedToKnow(value = Kind.HQ_ONLY, why = "administrators only, checked in FetchAllowList")
    ResponseEntity<Void> disallow(@PathVariable long id) {
        allowList.remove(id);
        return ResponseEntity.noContent().build();
    }

    // items

    /** The push body: the source and the documents in the analysis contract's format. */
    record Push(String source, List<JsonNode> items) {}

    @PostMapping("/api/v1/items")
    @Operation(
            summary = "Push a batch of documents",
            description =
                    "Each item is stored once (by source and id, and "
                            + "by content): a retried batch reports duplicates and changes nothing. Rejects are kept as dead letters.")
    @NeedToKnow(
            value = Kind.PUBLIC_REFERENCE,
            why = "answers only counts and reasons about the caller's own batch; "
                    + "who may push is checked per source (administrators or the source's listed accounts)")
    IntakeReport push(@RequestBody Push push) {
        try {
            backlog.checkRoom();
        } catch (Backlog.QueueFull full) {
            metrics.refused(push.items() == null ? 0 : push.items().size());
            throw full;
        }
        IntakeReport report = intake.push(push.source(), push.items());
        metrics.pushed(report.source(), report.accepted(), report.duplicate(), report.rejected());
        return report;
    }

    /** The analysis queue is full: 503 with Retry-After and a problem body saying so; nothing was stored. */
    @ExceptionHandler(Backlog.QueueFull.class)
    ResponseEntity<ProblemDetail> queueFull(Backlog.QueueFull e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Analysis queue full");
        problem.setProperty("queueDepth", e.depth());
        problem.setProperty("maxDepth", e.maxDepth());
        problem.setProperty("retryAfterSeconds", e.retryAfter().toSeconds());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @GetMapping("/api/v1/items")
    @Operation(
            summary = "Search analysed items, quiet ones included",
            description = "Quiet items (no mention, no target, no place of interest, no threat) are analysed and kept "
                    + "but become no signal; this finds them by text, source and quietness. Scoped callers find only "
                    + "items whose signal is linked to one of their missions.")
    @NeedToKnow(
            value = Kind.MISSION_SCOPED,
            why = "EXISTS over the item's signal's mission links for scoped callers; a quiet item has none, so only "
                    + "unrestricted users find it")
    PageResult<AnalysedItems.ItemView> items(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) Boolean quiet,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return analysed.search(org.vigil.shared.Scope.current(), q, source, quiet, new PageRequest(page, size));
    }

    // dead letters

    @GetMapping("/api/v1/dead-letters")
    @NeedToKnow(value = Kind.HQ_ONLY, why = "raw rejected input may name anyone; HQ roles only, checked in DeadLetters")
    PageResult<DeadLetter> deadLetters(
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean includeReplayed,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return deadLetters.list(source, includeReplayed, new PageRequest(page, size));
    }

    @GetMapping("/api/v1/dead-letters/{id}")
    @NeedToKnow(value = Kind.HQ_ONLY, why = "as the list")
    DeadLetter deadLetter(@PathVariable long id) {
        return deadLetters.get(id);
    }

    @PostMapping("/api/v1/dead-letters/{id}/replay")
    @Operation(summary = "Submit a dead letter's raw item again")
    @NeedToKnow(value = Kind.HQ_ONLY, why = "HQ roles only, checked in DeadLetters")
    DeadLetters.Replay replay(@PathVariable long id) {
        return deadLetters.replay(id);
    }
}
