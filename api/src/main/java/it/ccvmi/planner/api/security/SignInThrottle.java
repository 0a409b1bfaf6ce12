package it.ccvmi.planner.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed password sign-ins per account name and per client address over a window (15 minutes by
 * default): past the limit, that name or address is refused until the window ends, even with the right
 * password, so a password cannot be guessed at speed and the bcrypt work an attacker can cause is bounded.
 * In memory: a restart forgets the counts, which costs an attacker a restart per window.
 */
@Component
class SignInThrottle {

    /** Past this many tracked names and addresses, windows that have ended are dropped. */
    private static final int TIDY_ABOVE = 10_000;

    private final Clock clock;
    private final Duration window;
    private final int perAccount;
    private final int perAddress;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock, @Value("${cisiamo.security.sign-in.window:PT15M}") Duration window,
            @Value("${cisiamo.security.sign-in.failures-per-account:5}") int perAccount,
            @Value("${cisiamo.security.sign-in.failures-per-address:30}") int perAddress) {
        this.clock = clock;
        this.window = window;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** Failures in one window: when it started and how many. */
    private record Failures(Instant since, int count) {
    }

    /** How long the name or the address must wait, when either has used up its failures. */
    Optional<Duration> blocked(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(wait("account:" + username, perAccount, now), wait("address:" + address, perAddress, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > TIDY_ABOVE) {
            failures.values().removeIf(entry -> ended(entry, now));
        }
        count("account:" + username, now);
        count("address:" + address, now);
    }

    /** The right password clears the account's failures (not the address's: one address may try many names). */
    void succeeded(String username) {
        failures.remove("account:" + username);
    }

    private void count(String key, Instant now) {
        failures.merge(key, new Failures(now, 1),
                (old, one) -> ended(old, now) ? one : new Failures(old.since(), old.count() + 1));
    }

    private Duration wait(String key, int limit, Instant now) {
        Failures entry = failures.get(key);
        if (entry == null || ended(entry, now) || entry.count() < limit) {
            return Duration.ZERO;
        }
        return Duration.between(now, entry.since().plus(window));
    }

    private boolean ended(Failures entry, Instant now) {
        return !now.isBefore(entry.since().plus(window));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
