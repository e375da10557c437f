package org.vigil.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins for one username from one address within
 * {@link #WINDOW}, that pair is locked until the oldest of those failures is {@link #WINDOW} old. Kept in the
 * database so every instance counts the same failures. Keyed by address too, so an attacker elsewhere cannot
 * lock the real user out.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** When the lock on this username and address ends, if it is locked now. */
    Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        List<OffsetDateTime> recent = jdbc.sql("""
                SELECT failed_at FROM login_failures
                WHERE username = ? AND remote_address = ? AND failed_at > ?
                ORDER BY failed_at DESC LIMIT ?""")
                .params(key(username), address, utc(now.minus(WINDOW)), MAX_FAILURES)
                .query(OffsetDateTime.class)
                .list();
        if (recent.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        return Optional.of(recent.getLast().toInstant().plus(WINDOW));
    }

    /** Counts a failure; returns when the pair is now locked until, if this failure locked it. */
    Optional<Instant> recordFailure(String username, String address) {
        Instant now = clock.instant();
        // Old failures matter to nobody; dropping them keeps the table small whatever an attacker sends.
        jdbc.sql("DELETE FROM login_failures WHERE failed_at < ?")
                .param(utc(now.minus(Duration.ofDays(1))))
                .update();
        jdbc.sql("INSERT INTO login_failures (username, remote_address, failed_at) VALUES (?, ?, ?)")
                .params(key(username), address, utc(now))
                .update();
        return lockedUntil(username, address);
    }

    void clear(String username, String address) {
        jdbc.sql("DELETE FROM login_failures WHERE username = ? AND remote_address = ?")
                .params(key(username), address)
                .update();
    }

    /** An administrator's password reset lifts every lock on the account. */
    void clear(String username) {
        jdbc.sql("DELETE FROM login_failures WHERE username = ?")
                .param(key(username))
                .update();
    }

    private static String key(String username) {
        return username.length() > 64 ? username.substring(0, 64) : username;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
