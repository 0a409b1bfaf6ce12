package it.ccvmi.planner.solver.routing.build;

import static it.ccvmi.planner.solver.routing.RouteFixtures.MATRIX;
import static it.ccvmi.planner.solver.routing.RouteFixtures.van;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import it.ccvmi.planner.solver.routing.model.DeliveryPriority;
import it.ccvmi.planner.solver.routing.model.ReceivingHours;
import it.ccvmi.planner.solver.routing.model.RequestId;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.junit.jupiter.api.Test;

class DeliveryBuilderTest {

    private final DeliveryBuilder builder = new DeliveryBuilder(MATRIX,
            List.of(van("dry", 1000, 8000, false), van("fridge", 500, 4000, true)), new ServiceTimeRule(600, 1));

    @Test
    void anOrderLargerThanOneVanSplitsIntoTheFewestEvenDeliveries() {
        // 25 cases of 100 kg, vans of 1000 kg: 3 deliveries of 9 + 8 + 8 cases.
        List<Visit> visits = builder.build(List.of(order("pasta", 25, 100, TemperatureClass.AMBIENT, 0)));
        assertThat(visits).extracting(Visit::getKg).containsExactly(900L, 800L, 800L);
        assertThat(visits).extracting(Visit::getId).containsExactly("015146:pasta:1/3", "015146:pasta:2/3", "015146:pasta:3/3");
        assertThat(visits).extracting(Visit::getServiceSeconds).containsExactly(1500L, 1400L, 1400L);
    }

    @Test
    void chilledGoodsAreSizedForTheRefrigeratedVans() {
        List<Visit> visits = builder.build(List.of(order("latticini", 10, 100, TemperatureClass.CHILLED, 0)));
        assertThat(visits).extracting(Visit::getKg).containsExactly(500L, 500L);
    }

    @Test
    void chilledGoodsAreSizedForTheSmallestRefrigeratedVanSoThatEveryOneCanTakeAPart() {
        DeliveryBuilder twoFridges = new DeliveryBuilder(MATRIX, List.of(van("dry", 1000, 8000, false),
                van("big fridge", 1000, 8000, true), van("small fridge", 500, 4000, true)), new ServiceTimeRule(600, 1));
        // 8 cases of 100 kg: the big fridge alone could take them, but parts of at most 500 kg fit either.
        assertThat(twoFridges.build(List.of(order("latticini", 8, 100, TemperatureClass.CHILLED, 0))))
                .extracting(Visit::getKg).containsExactly(400L, 400L);
        assertThat(twoFridges.build(List.of(order("pasta", 8, 100, TemperatureClass.AMBIENT, 0))))
                .extracting(Visit::getKg).containsExactly(800L);
    }

    @Test
    void volumeCanBeWhatSplitsAnOrder() {
        // 100 cases of 1 kg but 100 L each: 8000 L per dry van → 80 cases per van at most.
        DeliveryOrder bulky = new DeliveryOrder(new RequestId(7), "015146", "pane", 1, 100, 1, 100, TemperatureClass.AMBIENT,
                DeliveryPriority.FOOD, ReceivingHours.ANY_TIME, 0);
        assertThat(builder.build(List.of(bulky))).extracting(Visit::getLitres).containsExactly(5000L, 5000L);
        assertThat(builder.build(List.of(bulky))).extracting(Visit::getRequest).as("each van-load knows its request")
                .containsExactly(new RequestId(7), new RequestId(7));
    }

    @Test
    void postponingCostsMoreForPriorityGoodsAndShortChangedRequesters() {
        long food = builder.build(List.of(order("pasta", 1, 100, TemperatureClass.AMBIENT, 0))).get(0).getPostponementCost();
        long shortChanged = builder.build(List.of(order("pasta", 1, 100, TemperatureClass.AMBIENT, 0.5))).get(0).getPostponementCost();
        DeliveryOrder kits = new DeliveryOrder(new RequestId(8), "ats-1", "kit", 1, 1, 100, 1, TemperatureClass.CHILLED,
                DeliveryPriority.VACCINE_KITS, ReceivingHours.ANY_TIME, 0);
        long kit = builder.build(List.of(kits)).get(0).getPostponementCost();
        assertThat(food).isEqualTo(100);
        assertThat(shortChanged).isEqualTo(300);
        assertThat(kit).isEqualTo(10_000);
    }

    @Test
    void aUnitThatFitsNoVanIsRejectedWithItsName() {
        assertThatThrownBy(() -> builder.build(List.of(order("frigo", 1, 1200, TemperatureClass.AMBIENT, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("015146/frigo").hasMessageContaining("non entra in nessun furgone");
    }

    private static DeliveryOrder order(String goods, long units, double kgPerUnit, TemperatureClass temperature, double shortfall) {
        return new DeliveryOrder(new RequestId(9), "015146", goods, 1, units, kgPerUnit, 1, temperature, DeliveryPriority.FOOD,
                ReceivingHours.ANY_TIME, shortfall);
    }
}
