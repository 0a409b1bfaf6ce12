package it.ccvmi.planner.api.security;

import it.ccvmi.planner.api.web.ProblemJson;
import it.ccvmi.planner.data.account.AppUserRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in {@code Authorization: Basic} requests, where HTTP Basic is accepted at all: to read (GET, HEAD: scripts,
 * GIS and calendar clients that cannot keep a token) and to exchange the password for a token
 * ({@code POST /api/v1/auth/tokens}). Every other change needs a bearer token, so credentials a browser caches
 * for a site never let another site's form act for the user. Failed sign-ins are throttled per name and per
 * address (429 with Retry-After); a verified password is remembered briefly ({@link VerifiedPasswords}).
 */
class BasicSignInFilter extends OncePerRequestFilter {

    static final String TOKEN_PATH = "/api/v1/auth/tokens";
    private static final String PREFIX = "Basic ";

    private final AppUserRepository users;
    private final TransactionTemplate readOnly;
    private final VerifiedPasswords passwords;
    private final SignInThrottle throttle;
    private final AuthenticationEntryPoint entryPoint;

    BasicSignInFilter(AppUserRepository users, TransactionTemplate readOnly, VerifiedPasswords passwords,
            SignInThrottle throttle, AuthenticationEntryPoint entryPoint) {
        this.users = users;
        this.readOnly = readOnly;
        this.passwords = passwords;
        this.throttle = throttle;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        if (!acceptsBasic(request)) {
            refuse(request, response, "HTTP Basic vale solo per leggere e per ottenere un token (POST "
                    + TOKEN_PATH + "); per modificare dati inviare Authorization: Bearer <token>");
            return;
        }
        String[] credentials = credentials(header.substring(PREFIX.length()).trim());
        if (credentials == null) {
            refuse(request, response, "credenziali HTTP Basic malformate");
            return;
        }
        String username = credentials[0];
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.blocked(username, address);
        if (wait.isPresent()) {
            tooManyFailures(request, response, wait.get());
            return;
        }
        Optional<PlannerPrincipal> principal = verify(username, credentials[1]);
        if (principal.isEmpty()) {
            throttle.failed(username, address);
            refuse(request, response, "nome utente o password errati");
            return;
        }
        throttle.succeeded(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().getAuthorities());
        authentication.setDetails(SignInMethod.PASSWORD);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        chain.doFilter(request, response);
    }

    private static boolean acceptsBasic(HttpServletRequest request) {
        String method = request.getMethod();
        return method.equals("GET") || method.equals("HEAD")
                || method.equals("POST") && request.getRequestURI().equals(TOKEN_PATH);
    }

    private Optional<PlannerPrincipal> verify(String username, String password) {
        Optional<PlannerPrincipal> account = readOnly.execute(status -> users.findByUsername(username)
                .map(PlannerPrincipal::of));
        if (account.isEmpty()) {
            passwords.matchNothing(password);
            return Optional.empty();
        }
        return account.filter(PlannerPrincipal::isEnabled)
                .filter(found -> passwords.matches(username, password, found.passwordHash()));
    }

    /** {name, password}, or null when the header is not Base64 of "name:password". */
    private static String[] credentials(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException, ServletException {
        SecurityContextHolder.clearContext();
        entryPoint.commence(request, response, new BadCredentialsException(detail));
    }

    private static void tooManyFailures(HttpServletRequest request, HttpServletResponse response, Duration wait)
            throws IOException {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemJson.write(response, HttpStatus.TOO_MANY_REQUESTS, "troppi accessi falliti per questo account o"
                + " da questo indirizzo; riprovare tra " + seconds + " s", request.getRequestURI());
    }
}
