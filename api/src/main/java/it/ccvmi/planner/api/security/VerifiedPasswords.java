package it.ccvmi.planner.api.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks passwords with bcrypt, remembering for a few minutes the credentials that matched, so a script that
 * sends HTTP Basic on every request pays one bcrypt per few minutes instead of one per request.
 * <p>
 * Safety: the cache holds neither passwords nor anything that could be sent as one: its key is an HMAC of name
 * and password under a random key that never leaves this process, and its value is the bcrypt hash the
 * password matched. A hit also needs the account's current hash to be that same hash, so a changed password or
 * a deleted account takes effect at once; a wrong password never hits.
 */
@Component
class VerifiedPasswords {

    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder encoder;
    private final Clock clock;
    private final Duration remembered;
    private final byte[] key = new byte[32];
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();
    private final String unknownAccountHash;

    VerifiedPasswords(PasswordEncoder encoder, Clock clock,
            @Value("${cisiamo.security.sign-in.remember-verified:PT5M}") Duration remembered) {
        this.encoder = encoder;
        this.clock = clock;
        this.remembered = remembered;
        new SecureRandom().nextBytes(key);
        this.unknownAccountHash = encoder.encode(HexFormat.of().formatHex(key));
    }

    private record Entry(String passwordHash, Instant until) {
    }

    /** Whether the password matches the account's bcrypt hash. */
    boolean matches(String username, String password, String passwordHash) {
        String credential = mac(username + '\u0000' + password);
        Instant now = clock.instant();
        Entry entry = verified.get(credential);
        if (entry != null && now.isBefore(entry.until()) && entry.passwordHash().equals(passwordHash)) {
            return true;
        }
        if (!encoder.matches(password, passwordHash)) {
            return false;
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(old -> !now.isBefore(old.until()));
        }
        if (verified.size() < MAX_ENTRIES) {
            verified.put(credential, new Entry(passwordHash, now.plus(remembered)));
        }
        return true;
    }

    /** Costs an unknown name the same bcrypt as a known one, so timing does not tell which names exist. */
    void matchNothing(String password) {
        encoder.matches(password, unknownAccountHash);
    }

    private String mac(String credential) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(credential.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
