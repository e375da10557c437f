package org.vigil.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in page session as soon as an administrator disables its account, instead of letting it run to
 * its timeout. (API calls are checked on every request anyway: tokens and Basic look the account up each time.)
 */
class EndedAccountFilter extends OncePerRequestFilter {

    private final AccountStore store;

    EndedAccountFilter(AccountStore store) {
        this.store = store;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        VigilUser user = auth == null
                ? null
                : auth.getPrincipal() instanceof VigilUser u
                        ? u
                        : auth.getPrincipal() instanceof VigilOidcUser o ? o.user() : null;
        if (user != null) {
            java.util.Optional<VigilUser> now = store.findUser(user.username());
            boolean ended = now.isEmpty() || !now.get().isEnabled();
            boolean changed = !ended
                    && !(now.get().roles().equals(user.roles())
                            && now.get().missions().equals(user.missions()));
            if (ended || changed) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                // an administrator changed the account's roles or missions: sign in again to get them
                response.sendRedirect(request.getContextPath() + (ended ? "/login?disabled" : "/login?changed"));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
