package it.ccvmi.planner.data.plan;

import it.ccvmi.planner.data.site.Site;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalTime;

/** A visit of a route to a site, numbered from 1 in driving order. */
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

    protected RouteStop() {
    }

    RouteStop(Route route, int sequence, Site site, LocalTime arrivalTime, LocalTime departureTime) {
        this.route = route;
        this.sequence = sequence;
        this.site = site;
        this.arrivalTime = arrivalTime;
        this.departureTime = departureTime;
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
