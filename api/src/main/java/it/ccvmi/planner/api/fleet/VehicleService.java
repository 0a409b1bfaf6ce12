package it.ccvmi.planner.api.fleet;

import it.ccvmi.planner.api.sites.SiteService;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.api.web.EntityTags;
import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The volunteer vans. Organisation and label are the natural key and never change. */
@Service
@Transactional
public class VehicleService {

    private static final String STALE = "il furgone è cambiato da quando è stato letto";

    private final VehicleRepository vehicles;
    private final SiteService sites;

    VehicleService(VehicleRepository vehicles, SiteService sites) {
        this.vehicles = vehicles;
        this.sites = sites;
    }

    @Transactional(readOnly = true)
    public List<VehicleView> list() {
        return vehicles.findAllWithDepot().stream().map(VehicleView::of).toList();
    }

    @Transactional(readOnly = true)
    public VehicleView get(long id) {
        return VehicleView.of(find(id));
    }

    public VehicleView create(VehicleInput input) {
        Vehicle vehicle = new Vehicle(input.organisation().trim(), input.label().trim());
        return describe(vehicle, input); // an organisation's second van of the same label: 409
    }

    /**
     * @param ifMatch the ETag the client read, or null to change whatever is current
     * @throws ApiProblem 412 when the van changed since the client read it
     */
    public VehicleView update(long id, VehicleInput input, String ifMatch) {
        Vehicle vehicle = find(id);
        EntityTags.requireMatch(ifMatch, vehicle.getVersion(), STALE);
        if (!vehicle.getOrganisation().equals(input.organisation().trim())) {
            throw unchangeable("organisation");
        }
        if (!vehicle.getLabel().equals(input.label().trim())) {
            throw unchangeable("label");
        }
        return describe(vehicle, input);
    }

    /** @throws ApiProblem 412 when the van changed since the client read it (If-Match) */
    public void delete(long id, String ifMatch) {
        Vehicle vehicle = find(id);
        EntityTags.requireMatch(ifMatch, vehicle.getVersion(), STALE);
        vehicles.delete(vehicle);
        vehicles.flush(); // a van routed in a plan: 409
    }

    private VehicleView describe(Vehicle vehicle, VehicleInput input) {
        if (!input.shiftStart().isBefore(input.shiftEnd())) {
            throw ApiProblem.invalidField("shiftEnd", "deve venire dopo l'inizio del turno " + input.shiftStart());
        }
        vehicle.update(input.capacityKg(), input.capacityM3(), input.refrigerated(), input.shiftStart(),
                input.shiftEnd(), sites.depot(input.homeDepotId(), "homeDepotId"));
        return VehicleView.of(vehicles.saveAndFlush(vehicle));
    }

    private Vehicle find(long id) {
        return vehicles.findById(id).orElseThrow(() -> ApiProblem.notFound("nessun furgone con id " + id));
    }

    private static ApiProblem unchangeable(String field) {
        return ApiProblem.invalidField(field, "non può cambiare: identifica il furgone; crearne uno nuovo");
    }
}
