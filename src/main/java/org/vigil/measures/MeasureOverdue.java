package org.vigil.measures;

import java.time.Instant;
import java.time.LocalDate;

/** A proposed or approved measure passed its deadline without being implemented. */
public record MeasureOverdue(
        long measureId,
        String missionId,
        String code,
        String name,
        String state,
        LocalDate deadline,
        Instant detectedAt) {}
