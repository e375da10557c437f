package org.vigil.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.vigil.audit.AuditTrail;
import org.vigil.audit.ClientAddress;
import org.vigil.shared.Role;

/**
 * Who may do what. Two filter chains: the API ({@code /api/**}) is stateless, takes API tokens and (unless turned
 * off) HTTP Basic, needs no CSRF token and answers 401/403 as problem details; pages use form login with CSRF
 * protection and redirect to {@code /login}. Role rules are by URL so that they hold before any controller runs;
 * need-to-know within a role is enforced by the queries through {@link org.vigil.shared.Scope}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** Only our own origin: Leaflet, htmx and Chart.js come from /webjars. Leaflet sets inline styles. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String[] WRITERS =
            Role.WRITERS.stream().map(Role::name).toArray(String[]::new);
    // Every rule that used to say "any signed-in user" says "any reader": a push-only gateway reads nothing.
    private static final String[] READERS =
            Role.READERS.stream().map(Role::name).toArray(String[]::new);
    // Mission data (everything but the audit trail and one's own account) is not for the auditor.
    private static final String[] DATA_READERS =
            Role.DATA_READERS.stream().map(Role::name).toArray(String[]::new);
    private static final String[] PUSHERS =
            Role.PUSHERS.stream().map(Role::name).toArray(String[]::new);
    private static final String[] BRIEFERS =
            Role.BRIEFERS.stream().map(Role::name).toArray(String[]::new);
    private static final HttpMethod[] CHANGING = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE};

    @Bean
    AuthenticationProvider passwordAuthenticator(
            AccountStore store, PasswordEncoder encoder, LoginThrottle throttle, AuditTrail audit) {
        return new PasswordAuthenticator(store, encoder, throttle, audit);
    }

    /**
     * The OpenAPI description serves two kinds of reader: API clients (bearer token or Basic, like the API) and
     * Swagger UI in a signed-in browser (the session, like the pages). It is read-only, so no CSRF token is needed.
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocsChain(
            HttpSecurity http,
            ApiTokens tokens,
            SecurityProperties properties,
            @Value("${vigil.audit.trust-forwarded-for:false}") boolean trustProxy)
            throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/**")
                        .hasAnyRole(READERS)
                        .anyRequest()
                        .denyAll());
        return clientChain(http, tokens, properties, trustProxy);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiTokens tokens,
            SecurityProperties properties,
            @Value("${vigil.audit.trust-forwarded-for:false}") boolean trustProxy)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/prometheus")
                .authorizeHttpRequests(auth -> {
                    // metrics name sources and show volumes: administrators (a scraper signs in with Basic)
                    auth.requestMatchers("/actuator/prometheus").hasRole(Role.ADMIN.name());
                    auth.requestMatchers("/api/v1/pipeline/**").hasRole(Role.ADMIN.name());
                    // The one thing a gateway may do; Sources.checkPush then requires it to be listed on the source.
                    auth.requestMatchers(HttpMethod.POST, "/api/v1/items").hasAnyRole(PUSHERS);
                    auth.requestMatchers("/api/v1/me").hasAnyRole(READERS);
                    auth.requestMatchers("/api/v1/accounts", "/api/v1/accounts/**")
                            .hasRole(Role.ADMIN.name());
                    auth.requestMatchers("/api/v1/audit", "/api/v1/audit/**")
                            .hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name());
                    registryWritesForAdmins(auth, "/api/v1");
                    auth.requestMatchers(HttpMethod.POST, "/api/v1/briefings").hasAnyRole(BRIEFERS);
                    for (HttpMethod method : CHANGING) {
                        auth.requestMatchers(method, "/api/**").hasAnyRole(WRITERS);
                    }
                    auth.anyRequest().hasAnyRole(DATA_READERS);
                })
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return clientChain(http, tokens, properties, trustProxy);
    }

    /**
     * What the two chains that answer programs share: CSRF, the saved request, the login page and logout off; RFC 7807
     * answers for 401 and 403; bearer tokens; and Basic when it is enabled.
     */
    private SecurityFilterChain clientChain(
            HttpSecurity http, ApiTokens tokens, SecurityProperties properties, boolean trustProxy) throws Exception {
        ProblemResponses problems = new ProblemResponses(properties.basicAuthEnabled());
        http.csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class);
        if (properties.basicAuthEnabled()) {
            http.httpBasic(basic ->
                    basic.authenticationEntryPoint(problems).authenticationDetailsSource(clientDetails(trustProxy)));
        } else {
            http.httpBasic(AbstractHttpConfigurer::disable);
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(
            HttpSecurity http,
            AuditTrail audit,
            AccountStore store,
            ObjectProvider<ClientRegistrationRepository> identityProvider,
            ObjectProvider<OidcSignIn> oidcSignIn,
            @Value("${vigil.audit.trust-forwarded-for:false}") boolean trustProxy)
            throws Exception {
        if (identityProvider.getIfAvailable() != null) {
            // Single sign-on beside the form: the sign-in page links to /oauth2/authorization/ministry.
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .clientRegistrationRepository(identityProvider.getObject())
                    .userInfoEndpoint(u -> u.oidcUserService(oidcSignIn.getObject()))
                    .successHandler(new AuditingLoginSuccess(audit))
                    .failureUrl("/login?error"));
        }
        http.authorizeHttpRequests(auth -> {
                    auth.requestMatchers(
                                    "/login",
                                    "/error",
                                    "/css/**",
                                    "/js/**",
                                    "/images/**",
                                    "/webjars/**",
                                    "/favicon.ico",
                                    "/actuator/health",
                                    "/actuator/health/**",
                                    "/actuator/info")
                            .permitAll();
                    auth.requestMatchers("/admin", "/admin/**").hasRole(Role.ADMIN.name());
                    auth.requestMatchers("/audit", "/audit/**").hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name());
                    // Everyone manages their own API tokens, read-only roles included.
                    auth.requestMatchers("/account", "/account/**").hasAnyRole(READERS);
                    registryWritesForAdmins(auth, "");
                    auth.requestMatchers(HttpMethod.POST, "/briefings").hasAnyRole(BRIEFERS);
                    for (HttpMethod method : CHANGING) {
                        auth.requestMatchers(method, "/**").hasAnyRole(WRITERS);
                    }
                    // the home page sends an auditor to the audit trail
                    auth.requestMatchers(HttpMethod.GET, "/").hasAnyRole(READERS);
                    auth.anyRequest().hasAnyRole(DATA_READERS);
                })
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(clientDetails(trustProxy))
                        .successHandler(new AuditingLoginSuccess(audit))
                        .failureUrl("/login?error"))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, auth) -> {
                            if (auth != null) {
                                audit.record("LOGOUT", "ACCOUNT", auth.getName(), null, null);
                            }
                        }))
                .httpBasic(AbstractHttpConfigurer::disable)
                .addFilterBefore(new EndedAccountFilter(store), AuthorizationFilter.class)
                .headers(headers());
        return http.build();
    }

    /** Login throttling counts failures per client address, found by the same rule as the audit trail's. */
    private static AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> clientDetails(
            boolean trustProxy) {
        return request -> {
            HttpSession session = request.getSession(false);
            return new WebAuthenticationDetails(
                    ClientAddress.of(request, trustProxy), session == null ? null : session.getId());
        };
    }

    private static void registryWritesForAdmins(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
            String prefix) {
        for (HttpMethod method : CHANGING) {
            auth.requestMatchers(
                            method,
                            prefix + "/missions",
                            prefix + "/missions/**",
                            prefix + "/people",
                            prefix + "/people/**",
                            prefix + "/countries",
                            prefix + "/countries/**",
                            prefix + "/registry",
                            prefix + "/registry/**")
                    .hasRole(Role.ADMIN.name());
        }
    }

    private static Customizer<HeadersConfigurer<HttpSecurity>> headers() {
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                // Sent only over HTTPS (Spring Security writes HSTS on secure requests only).
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter(new StaticHeadersWriter(
                        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"));
    }

    /** Audits each sign-in through the form or the identity provider, then goes where the user was heading. */
    private static final class AuditingLoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

        private final AuditTrail audit;

        AuditingLoginSuccess(AuditTrail audit) {
            this.audit = audit;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws ServletException, IOException {
            audit.record("LOGIN", "ACCOUNT", authentication.getName(), null, null);
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
