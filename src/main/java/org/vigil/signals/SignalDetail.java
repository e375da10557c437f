package org.vigil.signals;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One signal with its item's text and the analysis: evidence spans index into {@code text}. */
public record SignalDetail(
        SignalView signal,
        String text,
        String title,
        String url,
        String published,
        String origin,
        String inReplyTo,
        JsonNode evidence,
        JsonNode mentions,
        JsonNode places,
        String triageReason,
        String triageNote,
        String triagedBy,
        Instant triagedAt) {}
