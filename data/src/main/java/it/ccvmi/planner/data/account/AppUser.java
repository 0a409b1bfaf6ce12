package it.ccvmi.planner.data.account;

import it.ccvmi.planner.data.territory.Comune;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;

/** An account of the service. The password is kept only as a hash (the encoder's own format, e.g. bcrypt). */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    /** The comune a COC account speaks for; null for planners. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "comune_istat")
    private Comune comune;

    private boolean enabled;

    private OffsetDateTime createdAt;

    protected AppUser() {
    }

    private AppUser(String username, String passwordHash, Role role, Comune comune, Clock clock) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = role;
        this.comune = comune;
        this.enabled = true;
        this.createdAt = OffsetDateTime.now(clock);
    }

    public static AppUser planner(String username, String passwordHash, Clock clock) {
        return new AppUser(username, passwordHash, Role.PLANNER, null, clock);
    }

    public static AppUser coc(String username, String passwordHash, Comune comune, Clock clock) {
        return new AppUser(username, passwordHash, Role.COC, Objects.requireNonNull(comune), clock);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    public Role getRole() {
        return role;
    }

    public Comune getComune() {
        return comune;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
