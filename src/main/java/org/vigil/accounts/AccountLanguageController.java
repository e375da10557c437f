package org.vigil.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.ScopedPrincipal;

/**
 * The user's own choice of interface language, from the account page or the header's switch: stored on the account
 * (audited), kept in the session for {@link AccountLocaleResolver}, and the user sent back to the page they were on.
 */
@Controller
@RequestMapping("/account/language")
@NeedToKnow(value = NeedToKnow.Kind.PUBLIC_REFERENCE, why = "only the caller's own language, no mission data")
class AccountLanguageController {

    private final Accounts accounts;

    AccountLanguageController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping
    String choose(
            Principal me,
            @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String back,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            Locale chosen =
                    accounts.setInterfaceLanguage(username(me), language).orElse(null);
            request.getSession(true)
                    .setAttribute(AccountLocaleResolver.ACCOUNT_CHOICE, chosen == null ? "" : chosen.getLanguage());
        } catch (AccountProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:" + safeBack(back);
    }

    private static String username(Principal me) {
        if (me instanceof Authentication auth && auth.getPrincipal() instanceof ScopedPrincipal principal) {
            return principal.username();
        }
        return me.getName();
    }

    /** Only a path on this site (never another host's address: "//host" or "https://..."). */
    static String safeBack(String back) {
        if (back == null
                || !back.startsWith("/")
                || back.startsWith("//")
                || back.startsWith("/\\")
                || back.contains("\r")
                || back.contains("\n")) {
            return "/account/tokens";
        }
        return back;
    }
}
