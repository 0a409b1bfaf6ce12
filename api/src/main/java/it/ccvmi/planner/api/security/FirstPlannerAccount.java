package it.ccvmi.planner.api.security;

import it.ccvmi.planner.data.account.AppUser;
import it.ccvmi.planner.data.account.AppUserRepository;
import it.ccvmi.planner.data.account.Role;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When no planner account exists, creates one: {@code cisiamo.security.first-planner.username} /
 * {@code .password} (env CISIAMO_PLANNER_USER / CISIAMO_PLANNER_PASSWORD) when set, which must follow the
 * password rules (the start fails otherwise), or else with a generated password. A generated password never
 * goes to the log, which is kept and shipped: it is written once to {@code <var-dir>/first-planner-password.txt},
 * readable by the service's user only, and the log says where. Later starts find the account and do nothing.
 */
@Component
@Order(0)
class FirstPlannerAccount implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstPlannerAccount.class);

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String username;
    private final String password;
    private final Path passwordFile;

    FirstPlannerAccount(AppUserRepository users, PasswordEncoder encoder, Clock clock,
            @Value("${cisiamo.security.first-planner.username:planner}") String username,
            @Value("${cisiamo.security.first-planner.password:}") String password,
            @Value("${cisiamo.var-dir:./var}") Path varDirectory) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
        this.username = username;
        this.password = password;
        this.passwordFile = varDirectory.resolve("first-planner-password.txt");
        if (!password.isBlank()) {
            PasswordRules.violation(password).ifPresent(problem -> {
                throw new IllegalStateException("CISIAMO_PLANNER_PASSWORD (cisiamo.security.first-planner.password) "
                        + problem);
            });
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (users.existsByRole(Role.PLANNER)) {
            return;
        }
        boolean generated = password.isBlank();
        String secret = generated ? TokenHashing.newSecret().substring(0, 20) : password;
        users.save(AppUser.planner(username, encoder.encode(secret), clock));
        if (generated) {
            writeOwnerOnly(passwordFile, "planner account: " + username + "\npassword: " + secret + "\n");
            LOG.info("First start: created planner account '{}'; its generated password is in {} (readable by this"
                    + " user only): sign in, change the password, then delete the file", username,
                    passwordFile.toAbsolutePath());
        } else {
            LOG.info("First start: created planner account '{}' from configuration", username);
        }
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text);
    }
}
