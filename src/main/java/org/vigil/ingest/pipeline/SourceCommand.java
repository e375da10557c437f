package org.vigil.ingest.pipeline;

import java.util.List;

/** A source to create ({@code id} required) or change ({@code id} ignored; the path names it). */
@org.springframework.modulith.NamedInterface("intake")
public record SourceCommand(
        String id,
        SourceKind kind,
        String name,
        String description,
        String url,
        Integer pollIntervalSeconds,
        String reliability,
        Boolean enabled,
        List<String> allowedAccounts) {}
