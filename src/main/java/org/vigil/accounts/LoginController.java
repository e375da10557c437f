package org.vigil.accounts;

import jakarta.servlet.http.HttpSession;
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

    LoginController(
            org.springframework.beans.factory.ObjectProvider<
                            org.springframework.security.oauth2.client.registration.ClientRegistrationRepository>
                    identityProvider) {
        this.singleSignOn = identityProvider.getIfAvailable() != null;
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
            model.addAttribute(
                    "error",
                    last instanceof AuthenticationException e && e.getMessage() != null
                            ? e.getMessage()
                            : "Wrong username or password.");
        }
        if (disabled != null) {
            model.addAttribute(
                    "error",
                    "Your account has been disabled, which ended your session. "
                            + "Ask an administrator if this is a mistake.");
        }
        if (changed != null) {
            model.addAttribute(
                    "notice",
                    "An administrator changed your roles or missions, which ended your session. "
                            + "Sign in again to work with them.");
        }
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("singleSignOn", singleSignOn);
        return "login";
    }
}
