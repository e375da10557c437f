package org.vigil.accounts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.vigil.audit.AuditTrail;

/**
 * Checks a username and password, for the login form and HTTP Basic alike, with throttling: a locked username and
 * address pair is refused before the password is even looked at. The password is checked before the account's
 * state, so that only someone who knows it learns that an account is disabled; an unknown username costs the same
 * hashing time as a known one.
 */
class PasswordAuthenticator implements AuthenticationProvider {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final String dummyHash;

    PasswordAuthenticator(AccountStore store, PasswordEncoder encoder, LoginThrottle throttle, AuditTrail audit) {
        this.store = store;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.dummyHash = encoder.encode(Secrets.password());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null
                ? ""
                : authentication.getName().strip().toLowerCase(Locale.ROOT);
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
        String auditId = username.length() > 64 ? username.substring(0, 64) : username;

        Optional<Instant> locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            audit.record("LOGIN_LOCKED", "ACCOUNT", auditId, null, Map.of("refused", "sign-in while locked"));
            throw lockedException(locked.get());
        }

        Optional<VigilUser> user =
                password.length() > Accounts.MAX_PASSWORD ? Optional.empty() : store.findUser(username);
        boolean matches;
        if (user.isPresent()) {
            matches = encoder.matches(password, user.get().getPassword());
        } else {
            // Spend the same time as for a real account (on a bounded input: an over-long password is refused anyway).
            encoder.matches(password.substring(0, Math.min(password.length(), Accounts.MAX_PASSWORD)), dummyHash);
            matches = false;
        }
        if (!matches) {
            audit.record(
                    "LOGIN_FAILED",
                    "ACCOUNT",
                    auditId,
                    null,
                    Map.of("reason", user.isPresent() ? "wrong password" : "unknown username"));
            Optional<Instant> nowLocked = throttle.recordFailure(username, address);
            if (nowLocked.isPresent()) {
                audit.record(
                        "LOGIN_LOCKED",
                        "ACCOUNT",
                        auditId,
                        null,
                        Map.of(
                                "failures",
                                LoginThrottle.MAX_FAILURES,
                                "lockedUntil",
                                nowLocked.get().toString()));
                throw lockedException(nowLocked.get());
            }
            throw new BadCredentialsException("Wrong username or password.");
        }
        if (!user.get().isEnabled()) {
            audit.record("LOGIN_FAILED", "ACCOUNT", auditId, null, Map.of("reason", "account disabled"));
            throw new DisabledException("This account is disabled. Ask an administrator to enable it.");
        }
        throttle.clear(username, address);
        VigilUser principal = user.get().withoutPassword();
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private static LockedException lockedException(Instant until) {
        return new LockedException("Too many failed sign-ins for this username from your address: sign-in is locked "
                + "until " + TIME.format(until) + " (" + LoginThrottle.WINDOW.toMinutes() + " minutes after the "
                + "first of " + LoginThrottle.MAX_FAILURES + " failures). Try again then, or ask an administrator "
                + "to reset your password.");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
