package org.vigil.alerts;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;

/** Alert rules over the API: read by HQ-wide roles, changed by administrators and HQ; every change audited. */
@RestController
@RequestMapping("/api/v1/alert-rules")
@NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "rules span missions; only HQ-wide roles read or change them")
class AlertRulesApiController {

    private final AlertRules rules;

    AlertRulesApiController(AlertRules rules) {
        this.rules = rules;
    }

    record RuleView(long id, RuleRequest rule) {
        static RuleView of(AlertRule r) {
            return new RuleView(r.id(), RuleRequest.of(r));
        }
    }

    @GetMapping
    List<RuleView> list(Authentication auth) {
        RuleRequest.requireManager(auth, false);
        return rules.list().stream().map(RuleView::of).toList();
    }

    @GetMapping("/{id}")
    RuleView get(@PathVariable long id, Authentication auth) {
        RuleRequest.requireManager(auth, false);
        return RuleView.of(rules.get(id));
    }

    @PostMapping
    ResponseEntity<RuleView> create(@RequestBody RuleRequest request, Authentication auth) {
        RuleRequest.requireManager(auth, true);
        AlertRule created = rules.create(require(request).toRule());
        return ResponseEntity.created(URI.create("/api/v1/alert-rules/" + created.id()))
                .body(RuleView.of(created));
    }

    @PutMapping("/{id}")
    RuleView update(@PathVariable long id, @RequestBody RuleRequest request, Authentication auth) {
        RuleRequest.requireManager(auth, true);
        return RuleView.of(rules.update(id, require(request).toRule()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, Authentication auth) {
        RuleRequest.requireManager(auth, true);
        rules.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static RuleRequest require(RuleRequest request) {
        if (request == null) {
            throw new InvalidInputException(
                    "body",
                    "send the rule as JSON: name, kind, minLevel, missions, channels, "
                            + "escalateAfterMinutes, groupWindowMinutes");
        }
        return request;
    }
}
