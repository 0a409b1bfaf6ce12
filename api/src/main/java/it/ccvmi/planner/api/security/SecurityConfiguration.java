package it.ccvmi.planner.api.security;

import it.ccvmi.planner.data.account.ApiTokenRepository;
import it.ccvmi.planner.data.account.AppUserRepository;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may call what. Stateless: every request carries a bearer token or, to read and to get a token, HTTP Basic
 * credentials ({@link BasicSignInFilter}). There are no cookies and no session, and a bearer token is never sent
 * by the browser on its own, so a page of another site cannot act for a user (no CSRF token is needed).
 * Comune-scoped endpoints also check the comune ({@link ComuneAccess}).
 * Public: aggregated statistics, published map layers, whether the service is up, the API documentation (the
 * contract of an open-source service; the same is in its repository) and the console's static files (the
 * console signs in through the API). Health details and metrics (Prometheus) need a planner. The crews' page and
 * calls ({@code /equipaggio/}, {@code /api/v1/crew/}) need no account: api.delivery checks the route link's token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Every answer may load scripts, styles, images and data from this service only, and no inline script or
     * style: a name that slipped into a page as HTML still cannot run. Framing is refused (clickjacking).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    /** Swagger UI (a third-party page) sets inline styles; its scripts still come only from here. */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self';",
            "style-src 'self' 'unsafe-inline';");

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiTokenRepository tokens, AppUserRepository users,
            PlatformTransactionManager transactions, VerifiedPasswords passwords, SignInThrottle throttle,
            Clock clock) throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, failure) -> ProblemWriter.unauthorized(request,
                response, "accedere con un token Bearer (HTTP Basic per leggere o per ottenere un token): "
                        + failure.getMessage());
        AccessDeniedHandler denied = (request, response, failure) -> ProblemWriter.forbidden(request, response,
                failure.getMessage());
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        http.csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                                new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                                new StaticHeadersWriter("Content-Security-Policy", SWAGGER_UI_POLICY))))
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(denied))
                .addFilterBefore(new BearerTokenFilter(tokens, readOnly, entryPoint, clock),
                        BasicAuthenticationFilter.class)
                .addFilterBefore(new BasicSignInFilter(users, readOnly, passwords, throttle, entryPoint),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        // The async dispatch that completes a stream (Server-Sent Events) belongs to a request
                        // that was already authorized.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        // Anyone may ask whether the service is up; the details say so only to planners.
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // Map layers: published plans are public, drafts are filtered by role in the layer code.
                        .requestMatchers("/wfs/**", "/layers/**").permitAll()
                        .requestMatchers("/", "/index.html", "/console/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        // The COC portal, the planners' management screens (they sign in through the API, as the
                        // console does), the public transparency page and their shared scripts.
                        .requestMatchers("/portal/**", "/gestione/**", "/trasparenza/**", "/shared/**").permitAll()
                        // The crews' page and calls: the route link's token is the credential, checked per call.
                        .requestMatchers("/equipaggio/**", "/api/v1/crew/**").permitAll()
                        // Comune-scoped: the controllers check that a COC account acts for its own comune.
                        .requestMatchers("/api/v1/auth/**", "/api/v1/coc/**", "/api/v1/requests/**").authenticated()
                        .requestMatchers("/api/v1/**", "/actuator/**").hasRole("PLANNER")
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
