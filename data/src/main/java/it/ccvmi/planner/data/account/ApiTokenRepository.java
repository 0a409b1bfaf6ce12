package it.ccvmi.planner.data.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    @EntityGraph(attributePaths = "user")
    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** The account's tokens still valid at {@code now}, newest first. */
    List<ApiToken> findByUserAndExpiresAtAfterOrderByCreatedAtDesc(AppUser user, OffsetDateTime now);

    Optional<ApiToken> findByIdAndUser(Long id, AppUser user);

    /** Revokes every token of the account (a changed password). */
    @Modifying
    @Query("DELETE FROM ApiToken token WHERE token.user = :user")
    int deleteAllOf(AppUser user);

    @Modifying
    @Query("DELETE FROM ApiToken token WHERE token.expiresAt <= :now")
    int deleteExpired(OffsetDateTime now);
}
