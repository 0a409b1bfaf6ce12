package it.ccvmi.planner.api.comuni;

import it.ccvmi.planner.data.territory.Comune;
import java.math.BigDecimal;

/** A comune as the API shows it: facts and the town-centre point, not the (large) boundary. */
public record ComuneView(String istatCode, String name, String cadastralCode, int population, BigDecimal areaKm2,
        double lon, double lat) {

    static ComuneView of(Comune comune) {
        return new ComuneView(comune.getIstatCode(), comune.getName(), comune.getCadastralCode(),
                comune.getPopulation(), comune.getAreaKm2(), comune.getRepresentativePoint().getX(),
                comune.getRepresentativePoint().getY());
    }
}
