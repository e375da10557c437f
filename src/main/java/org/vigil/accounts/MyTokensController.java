package org.vigil.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.web.PageText;

/** "My tokens": every user creates, lists and revokes their own API tokens. A new token is shown once. */
@Controller
@RequestMapping("/account/tokens")
@NeedToKnow(value = NeedToKnow.Kind.PUBLIC_REFERENCE, why = "only the caller's own tokens, never anyone else's")
class MyTokensController {

    private final ApiTokens tokens;
    private final Accounts accounts;

    MyTokensController(ApiTokens tokens, Accounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** The account page also holds the user's own choice of interface language (AccountLanguageController). */
    @ModelAttribute("accountLanguage")
    String accountLanguage(@AuthenticationPrincipal VigilUser me) {
        return me == null
                ? null
                : accounts.interfaceLanguage(me.username())
                        .map(java.util.Locale::getLanguage)
                        .orElse(null);
    }

    @GetMapping
    String list(@AuthenticationPrincipal VigilUser me, Model model) {
        model.addAttribute("tokens", tokens.list(me));
        return "account/tokens";
    }

    @PostMapping
    String create(@AuthenticationPrincipal VigilUser me, @RequestParam(defaultValue = "") String name, Model model) {
        try {
            // Rendered, not redirected: the token must not sit in a session or a flash attribute.
            model.addAttribute("created", tokens.create(me, name));
        } catch (AccountProblem problem) {
            model.addAttribute("error", problem.getMessage());
            model.addAttribute("name", name);
        }
        model.addAttribute("tokens", tokens.list(me));
        return "account/tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal VigilUser me, @PathVariable long id, RedirectAttributes redirect) {
        try {
            tokens.revoke(me, id);
            redirect.addFlashAttribute("message", PageText.of("flash.token.revoked"));
        } catch (AccountProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:/account/tokens";
    }
}
