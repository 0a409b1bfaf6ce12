package it.ccvmi.planner.data.plan;

import it.ccvmi.planner.data.site.Site;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.CascadeType;
import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.request.DeliveryRequest;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A visit of a route to a site, numbered from 1 in driving order: a delivery, or a depot return where the van loads
 * again for its next trip ({@link #isReload()}, no items).
 */
@Entity
@Table(name = "route_stop")
public class RouteStop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "route_id")
    private Route route;

    private int sequence;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    private LocalTime arrivalTime;

    private LocalTime departureTime;

    /** A depot return between two trips, not a delivery. */
    private boolean reload;

    /** Load on board when arriving here. */
    private BigDecimal loadKg;

    @OneToMany(mappedBy = "stop", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RouteStopItem> items = new ArrayList<>();

    /** In a re-planned version: the stop of the re-planned version this one keeps as it was (done or under way). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "kept_stop_id")
    private RouteStop keptStop;

    protected RouteStop() {
    }

    RouteStop(Route route, int sequence, Site site, LocalTime arrivalTime, LocalTime departureTime, boolean reload) {
        this.route = route;
        this.sequence = sequence;
        this.site = site;
        this.arrivalTime = arrivalTime;
        this.departureTime = departureTime;
        this.reload = reload;
    }

    /** Records goods handed over at this stop for a request. */
    public RouteStopItem deliver(DeliveryRequest request, GoodsType goods, int units, BigDecimal weightKg) {
        if (reload) {
            throw new IllegalStateException("A depot return hands over no goods");
        }
        RouteStopItem item = new RouteStopItem(this, request, goods, units, weightKg);
        items.add(item);
        return item;
    }

    /** Marks this stop of a re-planned version as the same visit as {@code earlier}, done or under way before it. */
    public void keeps(RouteStop earlier) {
        if (!earlier.getSite().getId().equals(site.getId()) || earlier.isReload() != reload) {
            throw new IllegalArgumentException("stop " + earlier.getId() + " is another visit than this one");
        }
        this.keptStop = earlier;
    }

    public Optional<RouteStop> getKeptStop() {
        return Optional.ofNullable(keptStop);
    }

    public void setLoadKg(BigDecimal loadKg) {
        this.loadKg = loadKg;
    }

    public Long getId() {
        return id;
    }

    public Route getRoute() {
        return route;
    }

    public BigDecimal getLoadKg() {
        return loadKg;
    }

    public List<RouteStopItem> getItems() {
        return List.copyOf(items);
    }

    public boolean isReload() {
        return reload;
    }

    public int getSequence() {
        return sequence;
    }

    public Site getSite() {
        return site;
    }

    public LocalTime getArrivalTime() {
        return arrivalTime;
    }

    public LocalTime getDepartureTime() {
        return departureTime;
    }
}
