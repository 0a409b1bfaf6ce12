package it.ccvmi.planner.data.site;

import it.ccvmi.planner.data.territory.Comune;
import it.ccvmi.planner.planning.day.SiteRef;
import it.ccvmi.planner.planning.territory.CoordinateQuality;
import it.ccvmi.planner.planning.territory.SiteKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;
import org.locationtech.jts.geom.Point;

/**
 * A place goods leave from or are delivered to: the depot, a comune's COC, an ATS hub or an RSA.
 * Natural key: kind, comune and name.
 */
@Entity
public class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private SiteKind kind;

    private String name;

    private String address;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comune_istat")
    private Comune comune;

    private Point location;

    @Enumerated(EnumType.STRING)
    private CoordinateQuality coordinateQuality;

    /** Why the point is where it is and how far off it may be. */
    private String coordinateNotes;

    private String source;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100) // loads the windows of many sites per select, not one select per site
    @CollectionTable(name = "site_receiving_window", joinColumns = @JoinColumn(name = "site_id"))
    @OrderBy("dayOfWeek, opensAt")
    private List<ReceivingWindow> receivingWindows = new ArrayList<>();

    /** Optimistic locking: every change increments it (the ETag of the API). */
    @Version
    private long version;

    protected Site() {
    }

    public Site(SiteKind kind, Comune comune, String name) {
        this.kind = Objects.requireNonNull(kind);
        this.comune = Objects.requireNonNull(comune);
        this.name = Objects.requireNonNull(name);
    }

    /** Sets the location and its provenance; a no-op for values already held (keeps re-imports clean). */
    public void locate(Point location, CoordinateQuality quality, String coordinateNotes, String source) {
        if (this.location == null || !this.location.equalsExact(location)) {
            this.location = location;
        }
        this.coordinateQuality = quality;
        this.coordinateNotes = coordinateNotes;
        this.source = source;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    /** Replaces the opening hours, unless they are the same. */
    public void setReceivingWindows(List<ReceivingWindow> windows) {
        if (!receivingWindows.equals(windows)) {
            receivingWindows.clear();
            receivingWindows.addAll(windows);
        }
    }

    public Long getId() {
        return id;
    }

    public SiteKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public Comune getComune() {
        return comune;
    }

    public Point getLocation() {
        return location;
    }

    public CoordinateQuality getCoordinateQuality() {
        return coordinateQuality;
    }

    public String getCoordinateNotes() {
        return coordinateNotes;
    }

    public String getSource() {
        return source;
    }

    /** The natural key the planning day names this site by (its comune must be loaded). */
    public SiteRef ref() {
        return new SiteRef(kind, comune.getIstatCode(), name);
    }

    public List<ReceivingWindow> getReceivingWindows() {
        return List.copyOf(receivingWindows);
    }

    /** Same persisted row; works across sessions and with lazy proxies (which only know the id). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Site site && id != null && id.equals(site.getId());
    }

    @Override
    public int hashCode() {
        return Site.class.hashCode();
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }

    public long getVersion() {
        return version;
    }
}
