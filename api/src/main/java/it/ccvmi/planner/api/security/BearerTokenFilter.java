package it.ccvmi.planner.api.security;

import it.ccvmi.planner.data.account.ApiToken;
import it.ccvmi.planner.data.account.ApiTokenRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in requests carrying {@code Authorization: Bearer <token>} issued by {@link TokenController}. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokenRepository tokens;
    private final TransactionTemplate readOnly;
    private final AuthenticationEntryPoint entryPoint;
    private final Clock clock;

    BearerTokenFilter(ApiTokenRepository tokens, TransactionTemplate readOnly, AuthenticationEntryPoint entryPoint,
            Clock clock) {
        this.tokens = tokens;
        this.readOnly = readOnly;
        this.entryPoint = entryPoint;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<PlannerPrincipal> principal = principalOf(header.substring(PREFIX.length()).trim());
        if (principal.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("token sconosciuto o scaduto"));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().getAuthorities());
        authentication.setDetails(SignInMethod.TOKEN);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        chain.doFilter(request, response);
    }

    private Optional<PlannerPrincipal> principalOf(String secret) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return readOnly.execute(status -> tokens.findByTokenHash(TokenHashing.hash(secret))
                .filter(token -> token.getExpiresAt().isAfter(now))
                .map(ApiToken::getUser)
                .map(PlannerPrincipal::of)
                .filter(PlannerPrincipal::isEnabled));
    }
}
