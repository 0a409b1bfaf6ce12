package it.ccvmi.planner.api.security;

import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.account.ApiToken;
import it.ccvmi.planner.data.account.ApiTokenRepository;
import it.ccvmi.planner.data.account.AppUser;
import it.ccvmi.planner.data.account.AppUserRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bearer tokens for scripts and the console: sign in once with the password, then send the token. Only the
 * password issues a token (a stolen token cannot extend itself); an account lists and revokes its own tokens;
 * expired tokens are deleted whenever one is issued.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Accounts")
class TokenController {

    private final AppUserRepository users;
    private final ApiTokenRepository tokens;
    private final Clock clock;

    TokenController(AppUserRepository users, ApiTokenRepository tokens, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.clock = clock;
    }

    record TokenRequest(@Size(max = 120) String label, @Min(1) @Max(90 * 24) Integer validHours) {
    }

    record IssuedToken(long id, String token, String tokenType, OffsetDateTime expiresAt, Me account) {
    }

    /** A token as its account sees it: never its secret. */
    record TokenView(long id, String label, OffsetDateTime createdAt, OffsetDateTime expiresAt) {

        static TokenView of(ApiToken token) {
            return new TokenView(token.getId(), token.getLabel(), token.getCreatedAt(), token.getExpiresAt());
        }
    }

    record Me(String username, String role, String comuneIstat) {

        static Me of(PlannerPrincipal principal) {
            return new Me(principal.username(), principal.role().name(), principal.comuneIstat());
        }
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "Issue a bearer token for the account signed in with its password (HTTP Basic; default"
            + " validity 12 hours)")
    IssuedToken issue(@AuthenticationPrincipal PlannerPrincipal principal, Authentication authentication,
            @Valid @RequestBody(required = false) TokenRequest request) {
        if (authentication.getDetails() != SignInMethod.PASSWORD) {
            throw new AccessDeniedException("un token si ottiene solo con la password dell'account (HTTP Basic),"
                    + " non con un altro token");
        }
        TokenRequest asked = request == null ? new TokenRequest(null, null) : request;
        AppUser user = users.findByUsername(principal.username()).orElseThrow();
        String secret = TokenHashing.newSecret();
        OffsetDateTime now = OffsetDateTime.now(clock);
        tokens.deleteExpired(now);
        OffsetDateTime expires = now.plusHours(asked.validHours() == null ? 12 : asked.validHours());
        ApiToken token = tokens.save(new ApiToken(user, TokenHashing.hash(secret),
                asked.label() == null ? "api" : asked.label(), now, expires));
        return new IssuedToken(token.getId(), secret, "Bearer", expires, Me.of(principal));
    }

    @GetMapping("/tokens")
    @Transactional(readOnly = true)
    @Operation(summary = "The signed-in account's valid tokens (label, issue and expiry; never the secret)")
    List<TokenView> list(@AuthenticationPrincipal PlannerPrincipal principal) {
        AppUser user = users.findByUsername(principal.username()).orElseThrow();
        return tokens.findByUserAndExpiresAtAfterOrderByCreatedAtDesc(user, OffsetDateTime.now(clock)).stream()
                .map(TokenView::of).toList();
    }

    @DeleteMapping("/tokens/{id}")
    @Transactional
    @Operation(summary = "Revoke one of the signed-in account's tokens (e.g. the console's, on sign-out)")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal PlannerPrincipal principal, @PathVariable long id) {
        AppUser user = users.findByUsername(principal.username()).orElseThrow();
        ApiToken token = tokens.findByIdAndUser(id, user)
                .orElseThrow(() -> ApiProblem.notFound("l'account non ha il token " + id));
        tokens.delete(token);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in account: name, role and, for a COC, its comune")
    Me me(@AuthenticationPrincipal PlannerPrincipal principal) {
        return Me.of(principal);
    }
}
