package org.vigil.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;

/** The auditor's page: the trail with filters and paging, and a button that verifies the chain. */
@Controller
@RequestMapping("/audit")
@NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "auditors and administrators see the whole trail")
class AuditPageController {

    private static final int PAGE_SIZE = 50;

    private final AuditQueries queries;
    private final AuditVerifier verifier;

    AuditPageController(AuditQueries queries, AuditVerifier verifier) {
        this.queries = queries;
        this.verifier = verifier;
    }

    @GetMapping
    String page(AuditFilterParams filter, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("result", queries.search(filter.toFilter(), page, PAGE_SIZE));
        model.addAttribute("actions", queries.recentActions());
        model.addAttribute("entityTypes", queries.recentEntityTypes());
        return "audit/index";
    }

    /**
     * One case as one timeline: every entry about the record and the records related to it (an incident, the
     * measures taken because of it, the requests to the host state drafted for them), oldest first.
     */
    @GetMapping("/case")
    String caseTimeline(@RequestParam String type, @RequestParam String id, Model model) {
        if (type.isBlank() || type.length() > 50 || id.isBlank() || id.length() > JdbcAuditTrail.MAX_ID) {
            throw new InvalidInputException(
                    "type", "give the record's type (up to 50 characters) and id (up to 200), as the trail shows them");
        }
        CaseRelations.CaseRecord start =
                new CaseRelations.CaseRecord(type.strip().toUpperCase(java.util.Locale.ROOT), id.strip());
        model.addAttribute("start", start);
        model.addAttribute("timeline", queries.caseTimeline(start));
        return "audit/case";
    }

    @GetMapping("/verify")
    String verify(Model model) {
        model.addAttribute("verification", verifier.verify());
        return "audit/index :: verification";
    }
}
