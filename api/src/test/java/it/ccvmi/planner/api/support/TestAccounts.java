package it.ccvmi.planner.api.support;

import it.ccvmi.planner.data.account.AppUser;
import it.ccvmi.planner.data.account.AppUserRepository;
import it.ccvmi.planner.data.territory.ComuneRepository;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates accounts for tests, each with a unique name, and hands out their credentials. */
@TestComponent
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AppUserRepository users;
    private final ComuneRepository comuni;
    private final PasswordEncoder encoder;
    private final Clock clock;

    TestAccounts(AppUserRepository users, ComuneRepository comuni, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.comuni = comuni;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** A signed-in identity: username and password for HTTP Basic. */
    public record Account(String username, String password) {
    }

    public Account planner() {
        String name = "planner-" + SEQUENCE.incrementAndGet();
        users.save(AppUser.planner(name, encoder.encode(PASSWORD), clock));
        return new Account(name, PASSWORD);
    }

    /** A COC account of the comune with this ISTAT code (e.g. 015146 Milano). */
    public Account coc(String istat) {
        String name = "coc-" + istat + "-" + SEQUENCE.incrementAndGet();
        users.save(AppUser.coc(name, encoder.encode(PASSWORD), comuni.findById(istat).orElseThrow(), clock));
        return new Account(name, PASSWORD);
    }
}
