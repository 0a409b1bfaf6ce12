package it.ccvmi.planner.data.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.util.Objects;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.springframework.data.domain.Persistable;

/** One of the 133 comuni of the Città metropolitana di Milano, keyed by its ISTAT code. */
@Entity
public class Comune implements Persistable<String> {

    @Id
    @Column(name = "istat_code")
    private String istatCode;

    private String name;

    private String cadastralCode;

    private int population;

    private BigDecimal areaKm2;

    private MultiPolygon boundary;

    /** The town centre: where the comune's COC is placed unless a better location is known. */
    private Point representativePoint;

    /** The ISTAT code is assigned, not generated: without this flag saving a new comune would first SELECT it. */
    @Transient
    private boolean isNew = true;

    protected Comune() {
    }

    public Comune(String istatCode) {
        this.istatCode = istatCode;
    }

    /** Copies every attribute; unchanged values leave the entity clean, so re-imports write nothing. */
    public void update(String name, String cadastralCode, int population, BigDecimal areaKm2,
            MultiPolygon boundary, Point representativePoint) {
        this.name = name;
        this.cadastralCode = cadastralCode;
        this.population = population;
        if (this.areaKm2 == null || this.areaKm2.compareTo(areaKm2) != 0) {
            this.areaKm2 = areaKm2;
        }
        if (this.boundary == null || !this.boundary.equalsExact(boundary)) {
            this.boundary = boundary;
        }
        if (this.representativePoint == null || !this.representativePoint.equalsExact(representativePoint)) {
            this.representativePoint = representativePoint;
        }
    }

    @PostLoad
    @PostPersist
    void markPersisted() {
        isNew = false;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @Override
    public String getId() {
        return istatCode;
    }

    public String getIstatCode() {
        return istatCode;
    }

    public String getName() {
        return name;
    }

    public String getCadastralCode() {
        return cadastralCode;
    }

    public int getPopulation() {
        return population;
    }

    public BigDecimal getAreaKm2() {
        return areaKm2;
    }

    public MultiPolygon getBoundary() {
        return boundary;
    }

    public Point getRepresentativePoint() {
        return representativePoint;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Comune comune && Objects.equals(istatCode, comune.getIstatCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(istatCode);
    }

    @Override
    public String toString() {
        return name + " (" + istatCode + ")";
    }
}
