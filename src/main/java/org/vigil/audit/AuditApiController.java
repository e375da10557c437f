package org.vigil.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.shared.NeedToKnow;

/** The audit trail over the API; the security configuration admits only auditors and administrators. */
@RestController
@RequestMapping("/api/v1/audit")
@NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "auditors and administrators see the whole trail")
class AuditApiController {

    private final AuditQueries queries;
    private final AuditVerifier verifier;

    AuditApiController(AuditQueries queries, AuditVerifier verifier) {
        this.queries = queries;
        this.verifier = verifier;
    }

    record EntriesPage(List<AuditEntry> items, int page, int size, long total) {}

    @GetMapping
    EntriesPage entries(
            AuditFilterParams filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        AuditQueries.Page result = queries.search(filter.toFilter(), page, size);
        return new EntriesPage(result.items(), result.page(), result.size(), result.total());
    }

    @GetMapping("/verify")
    AuditVerifier.Verification verify() {
        return verifier.verify();
    }
}
