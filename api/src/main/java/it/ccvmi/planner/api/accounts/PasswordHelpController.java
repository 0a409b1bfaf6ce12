package it.ccvmi.planner.api.accounts;

import it.ccvmi.planner.data.account.AppUserRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Password dimenticata": without signing in, someone asks the planners for a new password of an account; the
 * planners see the request in their account screen and set one. The answer is the same whether the account
 * exists or not, so the form does not tell strangers which accounts exist.
 */
@RestController
@Tag(name = "Accounts")
class PasswordHelpController {

    private final AppUserRepository users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PasswordHelpController(AppUserRepository users, JdbcTemplate jdbc, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record HelpRequest(@NotBlank @Size(max = 80) String username) {
    }

    @PostMapping("/api/v1/public/password-help")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Transactional
    @Operation(summary = "Ask the planners for a new password (no sign-in; 202 whether or not the account exists)")
    void ask(@Valid @RequestBody HelpRequest request) {
        if (users.findByUsername(request.username()).isPresent()) {
            jdbc.update("DELETE FROM password_help WHERE username = ?", request.username());
            jdbc.update("INSERT INTO password_help (username, asked_at) VALUES (?, ?)", request.username(),
                    OffsetDateTime.now(clock));
        }
    }
}
