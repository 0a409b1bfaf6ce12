package it.ccvmi.planner.api.security;

import it.ccvmi.planner.data.account.AppUser;
import it.ccvmi.planner.data.account.AppUserRepository;
import it.ccvmi.planner.data.account.Role;
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
 * {@code .password} (env CISIAMO_PLANNER_USER / CISIAMO_PLANNER_PASSWORD) when set, otherwise with a generated
 * password printed once to the log. Later starts find the account and print nothing.
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

    FirstPlannerAccount(AppUserRepository users, PasswordEncoder encoder, Clock clock,
            @Value("${cisiamo.security.first-planner.username:planner}") String username,
            @Value("${cisiamo.security.first-planner.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsByRole(Role.PLANNER)) {
            return;
        }
        boolean generated = password.isBlank();
        String secret = generated ? TokenHashing.newSecret().substring(0, 20) : password;
        users.save(AppUser.planner(username, encoder.encode(secret), clock));
        if (generated) {
            LOG.warn("""
                    
                    ================================================================
                     First start: created planner account '{}' with password
                       {}
                     It is shown only this once. Sign in and change it, or set
                     CISIAMO_PLANNER_USER / CISIAMO_PLANNER_PASSWORD before the first start.
                    ================================================================""", username, secret);
        } else {
            LOG.info("First start: created planner account '{}' from configuration", username);
        }
    }
}
