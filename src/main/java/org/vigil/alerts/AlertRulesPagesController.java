package org.vigil.alerts;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.risk.RiskLevel;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.web.PageText;

/** The rules pages: list, create, edit, delete; for administrators and HQ. */
@Controller
@RequestMapping("/alerts/rules")
@NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "rules span missions; only HQ-wide roles read or change them")
class AlertRulesPagesController {

    private final AlertRules rules;

    AlertRulesPagesController(AlertRules rules) {
        this.rules = rules;
    }

    /** The form as typed: missions as one text, channels as checkboxes, so a mistake can be shown and fixed. */
    record RuleForm(
            String name,
            String kind,
            String minLevel,
            String fromLevel,
            String missions,
            List<String> channels,
            String webhookUrl,
            Integer escalateAfterMinutes,
            Integer groupWindowMinutes,
            Boolean enabled) {

        RuleRequest request() {
            return new RuleRequest(
                    name,
                    kind,
                    minLevel,
                    fromLevel,
                    RuleRequest.splitIds(missions),
                    channels,
                    webhookUrl,
                    escalateAfterMinutes,
                    groupWindowMinutes,
                    enabled != null && enabled);
        }

        static RuleForm of(AlertRule r) {
            RuleRequest q = RuleRequest.of(r);
            return new RuleForm(
                    q.name(),
                    q.kind(),
                    q.minLevel(),
                    q.fromLevel(),
                    String.join(", ", q.missions()),
                    q.channels(),
                    q.webhookUrl(),
                    q.escalateAfterMinutes(),
                    q.groupWindowMinutes(),
                    q.enabled());
        }
    }

    @GetMapping
    String list(Model model, Authentication auth) {
        RuleRequest.requireManager(auth, false);
        model.addAttribute("rules", rules.list());
        return "alerts/rules";
    }

    @GetMapping("/new")
    String create(Model model, Authentication auth) {
        RuleRequest.requireManager(auth, true);
        return form(
                model,
                null,
                new RuleForm("", "THREAT", "HIGH", "", "", List.of("INBOX", "EMAIL"), "", 30, 60, true),
                null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model, Authentication auth) {
        RuleRequest.requireManager(auth, true);
        return form(model, id, RuleForm.of(rules.get(id)), null);
    }

    @PostMapping
    String save(RuleForm form, Model model, Authentication auth, RedirectAttributes redirect) {
        RuleRequest.requireManager(auth, true);
        try {
            AlertRule created = rules.create(form.request().toRule());
            redirect.addFlashAttribute("flash", PageText.of("flash.rule.created", created.name()));
            return "redirect:/alerts/rules";
        } catch (InvalidInputException e) {
            return form(model, null, form, e);
        }
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, RuleForm form, Model model, Authentication auth, RedirectAttributes redirect) {
        RuleRequest.requireManager(auth, true);
        try {
            AlertRule updated = rules.update(id, form.request().toRule());
            redirect.addFlashAttribute("flash", PageText.of("flash.rule.saved", updated.name()));
            return "redirect:/alerts/rules";
        } catch (InvalidInputException e) {
            return form(model, id, form, e);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        RuleRequest.requireManager(auth, true);
        try {
            rules.delete(id);
            redirect.addFlashAttribute("flash", PageText.of("flash.rule.deleted"));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/alerts/rules";
    }

    private String form(Model model, Long id, RuleForm form, InvalidInputException problem) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("kinds", AlertKind.values());
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("problems", problem == null ? List.of() : problem.problems());
        return "alerts/rule-form";
    }
}
