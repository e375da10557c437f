package org.vigil.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One audit entry for the reads of one web request, not one per record read: while a request runs, the reads that
 * {@link JdbcAuditTrail} is given are gathered here, and when the request ends they are written as one entry. A
 * request that read one record writes the same entry as before ({@code READ PERSON yerkhov}); one that read several
 * writes a single {@code READ} whose {@code after} lists them, with the request's method and path. The entry is
 * written when the request ends, answered or failed, so a read that threw is still on the trail. Reads outside a
 * web request (command line, scheduled work) are written at once.
 */
@Component
class RequestReads extends OncePerRequestFilter {

    static final String ATTRIBUTE = RequestReads.class.getName();
    /** At most this many records are listed in one request's entry; the count says how many there were. */
    static final int MAX_LISTED = 500;

    private final org.springframework.beans.factory.ObjectProvider<JdbcAuditTrail> trail;

    /** The trail may be absent (a web slice test without a database): then reads are not gathered. */
    RequestReads(org.springframework.beans.factory.ObjectProvider<JdbcAuditTrail> trail) {
        this.trail = trail;
    }

    /** The reads of one request, in the order read, each record once, with who read them (at the first read). */
    static final class Reads {
        final String request;
        final Set<List<String>> records = new LinkedHashSet<>();
        final Map<List<String>, Object> details = new LinkedHashMap<>();
        String firstActor;
        String firstRemote;

        Reads(String request) {
            this.request = request;
        }

        synchronized void add(String actor, String remote, String entityType, String entityId, Object after) {
            if (firstActor == null) {
                firstActor = actor;
                firstRemote = remote;
            }
            List<String> key = java.util.Arrays.asList(entityType, entityId);
            if (records.add(key) && after != null) {
                details.put(key, after);
            }
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        JdbcAuditTrail audit = trail.getIfAvailable();
        if (audit == null) {
            chain.doFilter(request, response);
            return;
        }
        Reads reads = new Reads(request.getMethod() + " " + request.getRequestURI());
        request.setAttribute(ATTRIBUTE, reads);
        try {
            chain.doFilter(request, response);
        } finally {
            request.removeAttribute(ATTRIBUTE);
            flush(audit, reads);
        }
    }

    private static void flush(JdbcAuditTrail trail, Reads reads) {
        if (reads.records.isEmpty() || reads.firstActor == null) {
            return;
        }
        if (reads.records.size() == 1) {
            List<String> only = reads.records.iterator().next();
            trail.appendRead(reads.firstActor, reads.firstRemote, only.get(0), only.get(1), reads.details.get(only));
            return;
        }
        Set<String> types = new LinkedHashSet<>();
        List<Map<String, Object>> listed = new ArrayList<>();
        for (List<String> record : reads.records) {
            types.add(record.get(0));
            if (listed.size() < MAX_LISTED) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("type", record.get(0));
                one.put("id", record.get(1));
                Object detail = reads.details.get(record);
                if (detail != null) {
                    one.put("detail", detail);
                }
                listed.add(one);
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("request", reads.request);
        after.put("records", reads.records.size());
        after.put("read", listed);
        trail.appendRead(
                reads.firstActor,
                reads.firstRemote,
                types.size() == 1 ? types.iterator().next() : "PAGE",
                null,
                after);
    }
}
