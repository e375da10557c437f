package org.vigil.accounts;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.shared.NeedToKnow;

/** The sign-in page. Spring Security handles the form's POST; this only shows the form and why the last try failed. */
@Controller
@NeedToKnow(value = NeedToKnow.Kind.PUBLIC_REFERENCE, why = "the sign-in form shows no data")
class LoginController {

    private final boolean singleSignOn;
    private final MessageSource messages;

    LoginController(
            org.springframework.beans.factory.ObjectProvider<
                            org.springframework.security.oauth2.client.registration.ClientRegistrationRepository>
                    identityProvider,
            MessageSource messages) {
        this.singleSignOn = identityProvider.getIfAvailable() != null;
        this.messages = messages;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** Why the sign-in failed, in the page's language; a lock keeps its own sentence (it names the time). */
    private String why(Object last) {
        if (last instanceof DisabledException) {
            return text("login.error.disabledAccount");
        }
        if (last instanceof AuthenticationException e
                && !(last instanceof BadCredentialsException)
                && e.getMessage() != null) {
            return e.getMessage();
        }
        return text("login.error.wrong");
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout,
            @RequestParam(required = false) String disabled,
            @RequestParam(required = false) String changed,
            HttpSession session,
            Model model) {
        if (error != null) {
            Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("error", why(last));
        }
        if (disabled != null) {
            model.addAttribute("error", text("login.error.disabled"));
        }
        if (changed != null) {
            model.addAttribute("notice", text("login.notice.changed"));
        }
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("singleSignOn", singleSignOn);
        return "login";
    }
}
