package org.vigil.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.vigil.shared.ScopedPrincipal;
import org.vigil.shared.web.InterfaceLanguages;

/**
 * The language of the interface for a request, in this order: the signed-in user's own choice (stored on the
 * account, chosen on the account page or the header's switch), else a language picked in this session with
 * {@code ?lang=} (the sign-in page offers it), else the first of the browser's Accept-Language the interface speaks,
 * else English. Never the server's own locale.
 *
 * <p>The account's choice is read once per session and kept in it; {@link AccountLanguageController} updates both.
 * The bean name is the one Spring MVC's DispatcherServlet looks up.
 */
@Component("localeResolver")
class AccountLocaleResolver implements LocaleResolver {

    /** The session attribute holding the account's choice ("" when the user has not chosen). */
    static final String ACCOUNT_CHOICE = AccountLocaleResolver.class.getName() + ".ACCOUNT";

    /** The session attribute holding a language picked with {@code ?lang=} before or without signing in. */
    static final String SESSION_CHOICE = AccountLocaleResolver.class.getName() + ".SESSION";

    static final String PARAMETER = "lang";

    private final Accounts accounts;

    AccountLocaleResolver(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return accountChoice(request)
                .or(() -> parameterChoice(request))
                .or(() -> sessionChoice(request))
                .or(() -> InterfaceLanguages.firstSupported(
                        request.getHeader("Accept-Language") == null
                                ? Collections.emptyList()
                                : Collections.list(request.getLocales())))
                .orElse(InterfaceLanguages.DEFAULT);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Optional<Locale> supported = InterfaceLanguages.of(locale == null ? null : locale.toLanguageTag());
        if (supported.isPresent()) {
            request.getSession(true)
                    .setAttribute(SESSION_CHOICE, supported.get().getLanguage());
        } else {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(SESSION_CHOICE);
            }
        }
    }

    private Optional<Locale> accountChoice(HttpServletRequest request) {
        Optional<String> username = signedInUsername();
        if (username.isEmpty()) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        Object cached = session == null ? null : session.getAttribute(ACCOUNT_CHOICE);
        if (cached instanceof String tag) {
            return InterfaceLanguages.of(tag);
        }
        Optional<Locale> chosen = accounts.interfaceLanguage(username.get());
        if (session != null) {
            session.setAttribute(ACCOUNT_CHOICE, chosen.map(Locale::getLanguage).orElse(""));
        }
        return chosen;
    }

    /** {@code ?lang=ru} on any page: this request, and the rest of the session unless the account has a choice. */
    private Optional<Locale> parameterChoice(HttpServletRequest request) {
        Optional<Locale> picked = InterfaceLanguages.of(request.getParameter(PARAMETER));
        picked.ifPresent(l -> request.getSession(true).setAttribute(SESSION_CHOICE, l.getLanguage()));
        return picked;
    }

    private static Optional<Locale> sessionChoice(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null
                ? Optional.empty()
                : InterfaceLanguages.of((String) session.getAttribute(SESSION_CHOICE));
    }

    private static Optional<String> signedInUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(
                auth.getPrincipal() instanceof ScopedPrincipal principal ? principal.username() : auth.getName());
    }
}
