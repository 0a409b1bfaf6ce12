package it.ccvmi.planner.data.plan;

import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.request.DeliveryRequest;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Goods handed over at a stop for one request (a request may be split over several stops or vans). */
@Entity
@Table(name = "route_stop_item")
public class RouteStopItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "route_stop_id")
    private RouteStop stop;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private DeliveryRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goods_type")
    private GoodsType goods;

    private int units;

    private BigDecimal weightKg;

    protected RouteStopItem() {
    }

    RouteStopItem(RouteStop stop, DeliveryRequest request, GoodsType goods, int units, BigDecimal weightKg) {
        if (units <= 0) {
            throw new IllegalArgumentException("delivered units must be positive: " + units);
        }
        this.stop = stop;
        this.request = request;
        this.goods = goods;
        this.units = units;
        this.weightKg = weightKg;
    }

    public Long getId() {
        return id;
    }

    public RouteStop getStop() {
        return stop;
    }

    public DeliveryRequest getRequest() {
        return request;
    }

    public GoodsType getGoods() {
        return goods;
    }

    public int getUnits() {
        return units;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }
}
