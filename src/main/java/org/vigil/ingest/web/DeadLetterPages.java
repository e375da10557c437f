package org.vigil.ingest.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.ingest.pipeline.DeadLetter;
import org.vigil.ingest.pipeline.DeadLetters;
import org.vigil.shared.ConflictException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.PageRequest;
import org.vigil.shared.web.FormValues;
import org.vigil.shared.web.PageText;
import org.vigil.shared.web.Pages;

/**
 * Rejected input for HQ: the list, one reject with its raw input shown as escaped text (it may be anything a hostile
 * feed sent), and the replay button. Raw input may name anyone, so HQ roles only (checked in {@link DeadLetters}).
 */
@Controller
@RequestMapping("/dead-letters")
@NeedToKnow(
        value = NeedToKnow.Kind.HQ_ONLY,
        why = "raw rejected input may name anyone; HQ roles only, checked in " + "DeadLetters")
class DeadLetterPages {

    private final DeadLetters deadLetters;

    DeadLetterPages(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean includeReplayed,
            @RequestParam(defaultValue = "0") String page,
            Model model) {
        requireHq();
        String sourceId = FormValues.blankToNull(source);
        model.addAttribute(
                "result",
                deadLetters.list(sourceId, includeReplayed, new PageRequest(Pages.pageNumber(page), Pages.PAGE_SIZE)));
        model.addAttribute("source", sourceId == null ? "" : sourceId);
        model.addAttribute("includeReplayed", includeReplayed);
        return "dead-letters/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        requireHq();
        model.addAttribute("letter", find(id));
        return "dead-letters/show";
    }

    @PostMapping("/{id}/replay")
    String replay(@PathVariable String id, RedirectAttributes flash) {
        requireHq();
        DeadLetter letter = find(id);
        try {
            DeadLetters.Replay replay = deadLetters.replay(letter.id());
            flash.addFlashAttribute(
                    replay.outcome() == org.vigil.ingest.pipeline.Intake.Outcome.REJECTED ? "flashError" : "flash",
                    switch (replay.outcome()) {
                        case ACCEPTED -> PageText.of("flash.deadLetter.accepted", String.valueOf(replay.itemId()));
                        case DUPLICATE -> PageText.of("flash.deadLetter.duplicate", String.valueOf(replay.itemId()));
                        case REJECTED -> PageText.of("flash.deadLetter.refused", replay.reason());
                    });
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/dead-letters/" + letter.id();
    }

    private DeadLetter find(String id) {
        try {
            return deadLetters.get(Long.parseLong(id));
        } catch (NumberFormatException | NotFoundException e) {
            throw new Pages.NotFound("dead letter", id);
        }
    }

    private static void requireHq() {
        if (!Pages.hq()) {
            throw new AccessDeniedException("dead letters are for HQ analysts, directors and administrators");
        }
    }
}
