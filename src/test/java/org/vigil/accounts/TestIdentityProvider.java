package org.vigil.accounts;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;

/**
 * A real OpenID Connect provider for the tests: Spring Authorization Server in an embedded Tomcat on a random port,
 * in a Spring context of its own (no Boot auto-configuration, so nothing of Vigil leaks into it). It knows the client
 * {@code vigil}/{@code vigil-secret} and users whose ID tokens carry {@code roles} and {@code missions} claims;
 * they sign in through the provider's own login form.
 */
final class TestIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "vigil";
    static final String CLIENT_SECRET = "vigil-secret";
    static final String PASSWORD = "idp-password";

    /** The users and their claims: username to (roles, missions). */
    static final Map<String, List<List<String>>> USERS = Map.of(
            "sso.officer", List.of(List.of("MISSION_OFFICER", "TEA_MAKER"), List.of("ru-embassy-ankara", "atlantis")),
            "sso.stranger", List.of(List.of("TEA_MAKER"), List.of()),
            "sso.head", List.of(List.of("head_of_mission"), List.of("ru-consulate-istanbul")));

    private final Tomcat tomcat;
    private final AnnotationConfigWebApplicationContext spring;

    private TestIdentityProvider(Tomcat tomcat, AnnotationConfigWebApplicationContext spring) {
        this.tomcat = tomcat;
        this.spring = spring;
    }

    static TestIdentityProvider start() throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("test-idp").toString());
        tomcat.setPort(0);
        tomcat.getConnector();
        Context context =
                tomcat.addContext("", Files.createTempDirectory("test-idp-docs").toString());
        AnnotationConfigWebApplicationContext spring = new AnnotationConfigWebApplicationContext();
        spring.register(Provider.class);
        context.addServletContainerInitializer(
                (classes, servletContext) -> {
                    spring.setServletContext(servletContext);
                    spring.refresh();
                    servletContext
                            .addFilter(
                                    "springSecurityFilterChain",
                                    new DelegatingFilterProxy("springSecurityFilterChain", spring))
                            .addMappingForUrlPatterns(null, false, "/*");
                    // the filters answer everything; a request they let through finds nothing
                    servletContext
                            .addServlet("nothing", new HttpServlet() {
                                @Override
                                protected void service(HttpServletRequest req, HttpServletResponse resp)
                                        throws java.io.IOException {
                                    resp.sendError(404);
                                }
                            })
                            .addMapping("/");
                },
                null);
        tomcat.start();
        return new TestIdentityProvider(tomcat, spring);
    }

    /** The issuer, on {@code localhost} (the app runs on 127.0.0.1, so that the two sessions' cookies differ). */
    String issuer() {
        return "http://localhost:" + tomcat.getConnector().getLocalPort();
    }

    @Override
    public void close() throws Exception {
        spring.close();
        tomcat.stop();
        tomcat.destroy();
    }

    /** The provider's configuration (registered explicitly, never found by Vigil's component scan). */
    @EnableWebSecurity
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService users() {
            InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
            for (String name : USERS.keySet()) {
                users.createUser(User.withUsername(name)
                        .password("{noop}" + PASSWORD)
                        .roles("USER")
                        .build());
            }
            return users;
        }

        @Bean
        RegisteredClientRepository clients() {
            RegisteredClient vigil = RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    // a loopback address: the provider accepts any port on it (RFC 8252), the app's is random
                    .redirectUri("http://127.0.0.1:8080/login/oauth2/code/ministry")
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder()
                            .requireAuthorizationConsent(false)
                            .build())
                    .build();
            return new InMemoryRegisteredClientRepository(vigil);
        }

        /** The ministry's claims: roles and missions in the ID token, with a readable name. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String name = context.getPrincipal().getName();
                    List<List<String>> claims = USERS.get(name);
                    context.getClaims()
                            .claim("preferred_username", name)
                            .claim("name", "Test " + name)
                            .claim("roles", claims.get(0))
                            .claim("missions", claims.get(1));
                }
            };
        }

        @Bean
        RSAKey signingKey() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
        }

        @Bean
        JWKSource<SecurityContext> keys(RSAKey signingKey) {
            return new ImmutableJWKSet<>(new JWKSet(signingKey));
        }

        /** For the provider's user-info endpoint, which reads the access token it issued. */
        @Bean
        JwtDecoder jwtDecoder(RSAKey signingKey) throws Exception {
            return NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey()).build();
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
