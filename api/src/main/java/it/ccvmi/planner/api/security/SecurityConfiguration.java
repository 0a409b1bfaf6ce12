package it.ccvmi.planner.api.security;

import it.ccvmi.planner.data.account.ApiTokenRepository;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may call what. Stateless: every request carries HTTP Basic credentials or a bearer token, so there is
 * no session and no CSRF token. Comune-scoped endpoints also check the comune ({@link ComuneAccess}).
 * Public: aggregated statistics, published map layers, health and metrics, the API documentation and the
 * console's static files (the console signs in through the API).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiTokenRepository tokens, PlatformTransactionManager transactions,
            Clock clock) throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, failure) -> ProblemWriter.unauthorized(request,
                response, "sign in with HTTP Basic or a bearer token: " + failure.getMessage());
        AccessDeniedHandler denied = (request, response, failure) -> ProblemWriter.forbidden(request, response,
                failure.getMessage());
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        http.csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(denied))
                .addFilterBefore(new BearerTokenFilter(tokens, readOnly, entryPoint, clock),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        // The async dispatch that completes a stream (Server-Sent Events) belongs to a request
                        // that was already authorized.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // Map layers: published plans are public, drafts are filtered by role in the layer code.
                        .requestMatchers("/wfs/**", "/layers/**").permitAll()
                        .requestMatchers("/", "/index.html", "/console/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        // The COC portal, the planners' management screens (they sign in through the API, as the
                        // console does), the public transparency page and their shared scripts.
                        .requestMatchers("/portal/**", "/gestione/**", "/trasparenza/**", "/shared/**").permitAll()
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
