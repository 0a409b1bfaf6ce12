package it.ccvmi.planner.api.sites;

import it.ccvmi.planner.api.web.EntityTags;
import it.ccvmi.planner.data.site.ReceivingWindow;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.planning.territory.CoordinateQuality;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A site as the API shows it, with its comune and its opening hours. */
public record SiteView(Long id, SiteKind kind, String name, String address, String comuneIstat, String comuneName,
        double lon, double lat, CoordinateQuality coordinateQuality, String coordinateNotes,
        List<Window> receivingWindows, long version) {

    /** Opening hours on one weekday. */
    public record Window(DayOfWeek dayOfWeek, LocalTime opensAt, LocalTime closesAt) {

        static Window of(ReceivingWindow window) {
            return new Window(window.getDayOfWeek(), window.getOpensAt(), window.getClosesAt());
        }
    }

    static SiteView of(Site site) {
        return new SiteView(site.getId(), site.getKind(), site.getName(), site.getAddress(),
                site.getComune().getIstatCode(), site.getComune().getName(), site.getLocation().getX(),
                site.getLocation().getY(), site.getCoordinateQuality(), site.getCoordinateNotes(),
                site.getReceivingWindows().stream().map(Window::of).toList(), site.getVersion());
    }

    /** The HTTP entity tag: a client sends it back in If-Match to change only what it read. */
    String eTag() {
        return EntityTags.of(version);
    }
}
