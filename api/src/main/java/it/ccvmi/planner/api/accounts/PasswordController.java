package it.ccvmi.planner.api.accounts;

import it.ccvmi.planner.api.security.PasswordRules;
import it.ccvmi.planner.api.security.PlannerPrincipal;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.account.ApiTokenRepository;
import it.ccvmi.planner.data.account.AppUser;
import it.ccvmi.planner.data.account.AppUserRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any signed-in account changes its own password, proving it knows the current one. */
@RestController
@RequestMapping("/api/v1/auth/password")
@Tag(name = "Accounts")
class PasswordController {

    private final AppUserRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder encoder;

    PasswordController(AppUserRepository users, ApiTokenRepository tokens, PasswordEncoder encoder) {
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
    }

    record PasswordChange(@NotNull String currentPassword,
            @NotNull @Size(min = PasswordRules.MIN_LENGTH) String newPassword) {
    }

    @PutMapping
    @Transactional
    @Operation(summary = "Change the signed-in account's password; every token of the account is revoked")
    ResponseEntity<Void> change(@AuthenticationPrincipal PlannerPrincipal principal,
            @Valid @RequestBody PasswordChange change) {
        PasswordRules.requireHashable("newPassword", change.newPassword());
        AppUser user = users.findByUsername(principal.username()).orElseThrow();
        if (!encoder.matches(change.currentPassword(), user.getPasswordHash())) {
            throw ApiProblem.invalidField("currentPassword", "non è la password dell'account");
        }
        if (change.newPassword().equals(change.currentPassword())) {
            throw ApiProblem.invalidField("newPassword", "deve essere diversa da quella attuale");
        }
        user.setPasswordHash(encoder.encode(change.newPassword()));
        tokens.deleteAllOf(user); // a token someone else holds must not outlive the password it came from
        return ResponseEntity.noContent().build();
    }
}
