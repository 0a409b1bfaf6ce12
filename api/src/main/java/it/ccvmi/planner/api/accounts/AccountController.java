package it.ccvmi.planner.api.accounts;

import it.ccvmi.planner.api.security.PasswordRules;
import it.ccvmi.planner.api.security.PlannerPrincipal;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.account.AppUser;
import it.ccvmi.planner.data.account.AppUserRepository;
import it.ccvmi.planner.data.account.Role;
import it.ccvmi.planner.data.territory.Comune;
import it.ccvmi.planner.data.territory.ComuneRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Planners manage the accounts: other planners and one or more COC accounts per comune. */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts")
class AccountController {

    private final AppUserRepository users;
    private final ComuneRepository comuni;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountController(AppUserRepository users, ComuneRepository comuni, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.comuni = comuni;
        this.encoder = encoder;
        this.clock = clock;
    }

    record NewAccount(
            @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Za-z0-9._@-]+",
                    message = "solo lettere, cifre e . _ @ -") String username,
            @NotNull @Size(min = PasswordRules.MIN_LENGTH) String password,
            @NotNull Role role,
            String comuneIstat) {
    }

    record Account(long id, String username, String role, String comuneIstat, String comuneName, boolean enabled,
            OffsetDateTime createdAt) {

        static Account of(AppUser user) {
            Comune comune = user.getComune();
            return new Account(user.getId(), user.getUsername(), user.getRole().name(),
                    comune == null ? null : comune.getIstatCode(), comune == null ? null : comune.getName(),
                    user.isEnabled(), user.getCreatedAt());
        }
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "All accounts, by name (never their passwords)")
    List<Account> list() {
        return users.findAll().stream().sorted(Comparator.comparing(AppUser::getUsername)).map(Account::of).toList();
    }

    @PostMapping
    @Transactional
    @Operation(summary = "Create a planner account, or a COC account bound to its comune (comuneIstat)")
    ResponseEntity<Account> create(@Valid @RequestBody NewAccount account) {
        PasswordRules.requireHashable("password", account.password());
        if (users.findByUsername(account.username()).isPresent()) {
            throw ApiProblem.conflict("esiste già un account di nome " + account.username());
        }
        String hash = encoder.encode(account.password());
        AppUser user;
        if (account.role() == Role.COC) {
            if (account.comuneIstat() == null || account.comuneIstat().isBlank()) {
                throw ApiProblem.invalidField("comuneIstat", "un account COC richiede il codice ISTAT del suo comune");
            }
            Comune comune = comuni.findById(account.comuneIstat()).orElseThrow(() -> ApiProblem.invalidField(
                    "comuneIstat", "nessun comune con codice ISTAT " + account.comuneIstat()));
            user = AppUser.coc(account.username(), hash, comune, clock);
        } else {
            if (account.comuneIstat() != null) {
                throw ApiProblem.invalidField("comuneIstat",
                        "un account pianificatore agisce per tutti i comuni: omettere il campo");
            }
            user = AppUser.planner(account.username(), hash, clock);
        }
        AppUser saved = users.save(user);
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + saved.getUsername())).body(Account.of(saved));
    }

    @DeleteMapping("/{username}")
    @Transactional
    @Operation(summary = "Delete an account and its bearer tokens (not one's own)")
    ResponseEntity<Void> delete(@AuthenticationPrincipal PlannerPrincipal principal, @PathVariable String username) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> ApiProblem.notFound("nessun account di nome " + username));
        if (user.getUsername().equals(principal.username())) {
            throw ApiProblem.conflict("un account non può eliminare se stesso: chiedere a un altro pianificatore");
        }
        users.delete(user);
        return ResponseEntity.noContent().build();
    }
}
