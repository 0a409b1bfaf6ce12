package it.ccvmi.planner.api.security;

import it.ccvmi.planner.api.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** How long a password must be: length is what makes a password strong, so no other rules. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads no further and Spring Security's encoder refuses longer input. */
    public static final int MAX_OCTETS = 72;

    private PasswordRules() {
    }

    /** What is wrong with the password (for a password from configuration), or empty when it is acceptable. */
    public static Optional<String> violation(String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_OCTETS) {
            return Optional.of("must be at most " + MAX_OCTETS + " bytes in UTF-8");
        }
        return Optional.empty();
    }

    /** @throws ApiProblem 400 naming the field when the password is longer than bcrypt can hash */
    public static void requireHashable(String field, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_OCTETS) {
            throw ApiProblem.invalidField(field, "al massimo " + MAX_OCTETS + " byte in UTF-8");
        }
    }
}
