package org.vigil.ingest.pipeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.NeedToKnow.Kind;

/** The live pipeline for operators: counters, queue depth, bound and lag, and a short history of rates. */
@RestController
@Tag(name = "Ingestion")
@NeedToKnow(
        value = Kind.HQ_ONLY,
        why = "administrators only (URL rule for /api/v1/pipeline/**): volumes per process, no item, signal or mission")
class PipelineStatusApi {

    private final PipelineStatus status;

    PipelineStatusApi(PipelineStatus status) {
        this.status = status;
    }

    @GetMapping("/api/v1/pipeline/status")
    @Operation(
            summary = "The pipeline now and over the last minutes",
            description = "Counters since this process started (accepted, analysed, quiet, signals, refused, failed),"
                    + " the queue's depth, bound and lag, and the rates per minute between the samples of a short"
                    + " in-memory history (oldest first). Administrators only.")
    PipelineStatus.Status status() {
        return status.status();
    }
}
