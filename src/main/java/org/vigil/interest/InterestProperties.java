package org.vigil.interest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention of persons of interest ({@code vigil.interest.*}).
 *
 * @param retention how long a record stays without activity (no new item, no casework) before it is archived
 * @param purgeAfter how long an archived record is kept before it is purged (its rows deleted)
 * @param retentionCron when the retention job runs (UTC)
 */
@ConfigurationProperties("vigil.interest")
record InterestProperties(
        @DefaultValue("365d") Duration retention,
        @DefaultValue("90d") Duration purgeAfter,
        @DefaultValue("0 40 3 * * *") String retentionCron) {

    InterestProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException(
                    "vigil.interest.retention must be a positive duration such as 365d, not " + retention);
        }
        if (purgeAfter.isNegative()) {
            throw new IllegalArgumentException(
                    "vigil.interest.purge-after must be zero or a positive duration such as 90d, not " + purgeAfter);
        }
    }
}
