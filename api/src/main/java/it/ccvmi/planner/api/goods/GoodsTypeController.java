package it.ccvmi.planner.api.goods;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/goods-types")
@Tag(name = "Goods types", description = "The catalogue: food categories and medical goods, unit weight and volume")
class GoodsTypeController {

    private final GoodsTypeService goodsTypes;

    GoodsTypeController(GoodsTypeService goodsTypes) {
        this.goodsTypes = goodsTypes;
    }

    @GetMapping
    @Operation(summary = "List the goods types")
    List<GoodsTypeView> list() {
        return goodsTypes.list();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One goods type")
    GoodsTypeView get(@PathVariable String code) {
        return goodsTypes.get(code);
    }

    @PostMapping
    @Operation(summary = "Add a goods type (409 if the code exists)")
    ResponseEntity<GoodsTypeView> create(@Valid @RequestBody GoodsTypeInput input) {
        GoodsTypeView created = goodsTypes.create(input);
        return ResponseEntity.created(URI.create("/api/v1/goods-types/" + created.code())).body(created);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a goods type (not its code)")
    GoodsTypeView update(@PathVariable String code, @Valid @RequestBody GoodsTypeInput input) {
        return goodsTypes.update(code, input);
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Delete a goods type nothing requests or stocks (else 409)")
    ResponseEntity<Void> delete(@PathVariable String code) {
        goodsTypes.delete(code);
        return ResponseEntity.noContent().build();
    }
}
