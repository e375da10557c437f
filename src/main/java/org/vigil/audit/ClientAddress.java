package org.vigil.audit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request comes from, the one rule for the audit trail and for login throttling: the connection's address,
 * or, when Vigil runs behind a reverse proxy that is trusted ({@code vigil.audit.trust-forwarded-for}), the last hop
 * of {@code X-Forwarded-For}, the one that proxy appended (earlier hops are whatever the client claimed).
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServletRequest request, boolean trustForwardedFor) {
        if (trustForwardedFor) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty()) {
                    return last.length() > 100 ? last.substring(0, 100) : last;
                }
            }
        }
        return request.getRemoteAddr();
    }
}
