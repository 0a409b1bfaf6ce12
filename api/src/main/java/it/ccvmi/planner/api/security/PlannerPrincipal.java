package it.ccvmi.planner.api.security;

import it.ccvmi.planner.data.account.AppUser;
import it.ccvmi.planner.data.account.Role;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as controllers see it: its role and, for a COC, the ISTAT code of its comune.
 * Inject it with {@code @AuthenticationPrincipal PlannerPrincipal principal}.
 */
public record PlannerPrincipal(String username, String passwordHash, Role role, String comuneIstat, boolean enabled)
        implements UserDetails {

    static PlannerPrincipal of(AppUser user) {
        String istat = user.getComune() == null ? null : user.getComune().getIstatCode();
        return new PlannerPrincipal(user.getUsername(), user.getPasswordHash(), user.getRole(), istat,
                user.isEnabled());
    }

    public boolean isPlanner() {
        return role == Role.PLANNER;
    }

    /** Planners may act for every comune, a COC account only for its own. */
    public boolean mayActFor(String istat) {
        return isPlanner() || (comuneIstat != null && comuneIstat.equals(istat));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "PlannerPrincipal[" + username + ", " + role + (comuneIstat == null ? "" : ", " + comuneIstat) + "]";
    }
}
