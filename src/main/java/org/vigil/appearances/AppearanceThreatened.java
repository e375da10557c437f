package org.vigil.appearances;

import java.time.Instant;
import org.vigil.analysis.ThreatLevel;

/**
 * A signal was found to point at an upcoming appearance: it names the protected person together with the venue,
 * the event or its date. Published once per signal and appearance, for the alerts.
 *
 * @param cues what ties it to the appearance, in words ("the venue 'Cagdas Sanat Merkezi', the date 'tomorrow'")
 */
public record AppearanceThreatened(
        long appearanceId,
        String missionId,
        String personName,
        String title,
        Instant startsAt,
        long signalId,
        ThreatLevel level,
        String cues) {}
