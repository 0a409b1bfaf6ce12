package it.ccvmi.planner.api.accounts;

import it.ccvmi.planner.api.security.PasswordRules;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.api.web.CsvTransfer;
import it.ccvmi.planner.data.account.AppUser;
import it.ccvmi.planner.data.account.AppUserRepository;
import it.ccvmi.planner.planning.csv.Column;
import it.ccvmi.planner.planning.csv.CsvRow;
import it.ccvmi.planner.planning.csv.CsvTable;
import it.ccvmi.planner.planning.csv.SheetReader;
import it.ccvmi.planner.data.territory.Comune;
import it.ccvmi.planner.data.territory.ComuneRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The planners' account screen: COC accounts for many comuni at once from a sheet, disabling an account, and
 * setting a new password for someone who forgot theirs (the "password dimenticata" requests listed here).
 */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts")
class AccountAdministrationController {

    static final Column USERNAME = Column.of("nome_utente", "utente", "username");
    static final Column PASSWORD = Column.of("password", "parola_chiave");
    static final Column ISTAT_CODE = Column.of("codice_istat", "istat", "comune_istat");
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final ComuneRepository comuni;
    private final PasswordEncoder encoder;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccountAdministrationController(AppUserRepository users, ComuneRepository comuni, PasswordEncoder encoder,
            JdbcTemplate jdbc, Clock clock) {
        this.users = users;
        this.comuni = comuni;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record NewPassword(@NotNull @Size(min = PasswordRules.MIN_LENGTH) String newPassword) {
    }

    record Enabled(@NotNull Boolean enabled) {
    }

    /** @param password the initial password: the one in the sheet, or a generated one (shown only here) */
    record CreatedAccount(String username, String comuneIstat, String comuneName, String password) {
    }

    record PasswordHelp(String username, OffsetDateTime askedAt) {
    }

    @PutMapping("/{username}/password")
    @Transactional
    @Operation(summary = "Set a new password for an account whose holder forgot it (answers their request)")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @Valid @RequestBody NewPassword password) {
        PasswordRules.requireHashable("newPassword", password.newPassword());
        find(username).setPasswordHash(encoder.encode(password.newPassword()));
        jdbc.update("DELETE FROM password_help WHERE username = ?", username);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{username}/enabled")
    @Transactional
    @Operation(summary = "Disable (false) or enable again (true) an account; a disabled account cannot sign in")
    ResponseEntity<Void> enable(@PathVariable String username, @Valid @RequestBody Enabled enabled) {
        find(username).setEnabled(enabled.enabled());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/password-help")
    @Transactional(readOnly = true)
    @Operation(summary = "Who asked for a new password (\"password dimenticata\"), oldest first")
    List<PasswordHelp> passwordHelp() {
        return jdbc.query("SELECT username, asked_at FROM password_help ORDER BY asked_at",
                (row, index) -> new PasswordHelp(row.getString(1), row.getObject(2, OffsetDateTime.class)));
    }

    @PostMapping(path = "/import", consumes = CsvTransfer.TEXT_CSV)
    @Transactional
    @Operation(summary = "Create COC accounts from a sheet, all or none (422 lists the problems by line)",
            description = "Headers nome_utente;password;codice_istat; a blank password is generated and shown "
                    + "once in the answer.")
    List<CreatedAccount> importCsv(@RequestBody(required = false) byte[] csv,
            @RequestHeader("Content-Type") MediaType contentType) {
        String fileName = "account.csv";
        SheetReader sheet = new SheetReader(CsvTable.read(fileName, CsvTransfer.read(csv, contentType)),
                List.of(USERNAME, ISTAT_CODE), List.of(PASSWORD));
        List<CreatedAccount> created = new ArrayList<>();
        List<AppUser> accounts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (CsvRow row : sheet.rows()) {
            String username = sheet.text(row, USERNAME, 80);
            String password = sheet.optionalText(row, PASSWORD, PasswordRules.MAX_OCTETS);
            String istat = sheet.text(row, ISTAT_CODE);
            if (username != null && !username.matches("[A-Za-z0-9._@-]+")) {
                sheet.problem(row, USERNAME, "solo lettere, cifre e . _ @ -");
            } else if (username != null && (!names.add(username) || users.findByUsername(username).isPresent())) {
                sheet.problem(row, USERNAME, "esiste già un account " + username);
            }
            if (password != null && (password.length() < PasswordRules.MIN_LENGTH
                    || password.getBytes(StandardCharsets.UTF_8).length > PasswordRules.MAX_OCTETS)) {
                sheet.problem(row, PASSWORD, "da " + PasswordRules.MIN_LENGTH + " a " + PasswordRules.MAX_OCTETS
                        + " caratteri");
            }
            Comune comune = istat == null ? null : comuni.findById(istat).orElse(null);
            if (istat != null && comune == null) {
                sheet.problem(row, ISTAT_CODE, "nessun comune con codice ISTAT " + istat);
            }
            if (!sheet.hasProblems()) {
                String initial = password == null ? generatedPassword() : password;
                accounts.add(AppUser.coc(username, encoder.encode(initial), comune, clock));
                created.add(new CreatedAccount(username, istat, comune.getName(), initial));
            }
        }
        sheet.throwIfProblems();
        users.saveAll(accounts);
        return created;
    }

    private AppUser find(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> ApiProblem.notFound("nessun account di nome " + username));
    }

    private static String generatedPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
