package org.vigil.ingest.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.ingest.pipeline.FetchAllowList;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.web.PageText;
import org.vigil.shared.web.Pages;

/** The fetcher's allow-list for administrators: the hosts and address blocks fetched despite the SSRF rules. */
@Controller
@RequestMapping("/admin/fetch-allowlist")
@NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "administrators only (URL rules for /admin/** and FetchAllowList)")
class AllowListPages {

    private final FetchAllowList allowList;

    AllowListPages(FetchAllowList allowList) {
        this.allowList = allowList;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("entries", allowList.list());
        if (!model.containsAttribute("entry")) {
            model.addAttribute("entry", "");
            model.addAttribute("note", "");
        }
        return "admin/fetch-allowlist";
    }

    @PostMapping
    String add(
            @RequestParam(required = false) String entry,
            @RequestParam(required = false) String note,
            Model model,
            RedirectAttributes flash) {
        try {
            FetchAllowList.Entry added = allowList.add(entry, note);
            flash.addFlashAttribute("flash", PageText.of("flash.allowList.added", added.entry()));
            return "redirect:/admin/fetch-allowlist";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.problems().getFirst().reason());
        } catch (ConflictException e) {
            model.addAttribute("error", e.getMessage());
        }
        model.addAttribute("entry", entry);
        model.addAttribute("note", note);
        return list(model);
    }

    @PostMapping("/{id}/delete")
    String remove(@PathVariable long id, RedirectAttributes flash) {
        try {
            allowList.remove(id);
        } catch (NotFoundException e) {
            throw new Pages.NotFound("allow-list entry", Long.toString(id));
        }
        flash.addFlashAttribute("flash", PageText.of("flash.allowList.removed"));
        return "redirect:/admin/fetch-allowlist";
    }
}
