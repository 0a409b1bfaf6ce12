package it.ccvmi.planner.api.security;

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
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens for scripts and the console: sign in once with the password, then send the token. */
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

    record IssuedToken(String token, String tokenType, OffsetDateTime expiresAt, Me account) {
    }

    record Me(String username, String role, String comuneIstat) {

        static Me of(PlannerPrincipal principal) {
            return new Me(principal.username(), principal.role().name(), principal.comuneIstat());
        }
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "Issue a bearer token for the signed-in account (default validity 12 hours)")
    IssuedToken issue(@AuthenticationPrincipal PlannerPrincipal principal,
            @Valid @RequestBody(required = false) TokenRequest request) {
        TokenRequest asked = request == null ? new TokenRequest(null, null) : request;
        AppUser user = users.findByUsername(principal.username()).orElseThrow();
        String secret = TokenHashing.newSecret();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = now.plusHours(asked.validHours() == null ? 12 : asked.validHours());
        tokens.save(new ApiToken(user, TokenHashing.hash(secret), asked.label() == null ? "api" : asked.label(), now,
                expires));
        return new IssuedToken(secret, "Bearer", expires, Me.of(principal));
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in account: name, role and, for a COC, its comune")
    Me me(@AuthenticationPrincipal PlannerPrincipal principal) {
        return Me.of(principal);
    }
}
